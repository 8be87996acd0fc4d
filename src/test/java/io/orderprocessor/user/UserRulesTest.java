package io.orderprocessor.user;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.context.support.ResourceBundleMessageSource;

import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;
import io.orderprocessor.platform.web.Messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The field rules of rules.md (Accounts and Cash), without Spring. */
class UserRulesTest {

	static final Clock TODAY = Clock.fixed(Instant.parse("2026-11-22T12:00:00Z"), ZoneOffset.UTC);

	final UserRules rules = new UserRules(new Messages(messages()), TODAY);

	static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource source = new ResourceBundleMessageSource();
		source.setBasenames("messages", "i18n/user");
		source.setDefaultEncoding("UTF-8");
		return source;
	}

	@ParameterizedTest
	@ValueSource(strings = { "trader", "Trader_01", "a_b_c_d", "abcdefghijklmnopqrstuvwxyz1234" })
	void usernamesOf6To30LettersDigitsAndUnderscores(String username) {
		assertThat(UserRules.isUsername(username)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "short", "_trader", "trader_", "trader name", "trader-1", "tr@der1", "<b>trader</b>",
			"abcdefghijklmnopqrstuvwxyz12345", "tradér1" })
	void usernamesBreakingTheRule(String username) {
		assertThat(UserRules.isUsername(username)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "a@b.co", "first.last+tag@example.com", "x_y@sub.domain.org" })
	void validEmails(String email) {
		assertThat(UserRules.isEmail(email)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "plain", "a@b", "a@@b.com", "a b@c.com", "a@b.c", "<script>@x.com", "a@.com", ".a@b.com" })
	void invalidEmails(String email) {
		assertThat(UserRules.isEmail(email)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Secret!Pass12", "Aa1!aaaaaaaa", "Abcdefghijk1=mnopqrs", "Abcdefghijk1=mnopqrst",
			"Correct horse battery staple 1! and a long passphrase of 64 chrs",
			"Grüße aus Köln, Zoë! 2026 ~ «any» characters are fine" })
	void passwordsOf12To64WithEveryKindOfCharacter(String password) {
		assertThat(UserRules.isPassword(password)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "Short!1a", "nouppercase!12", "NOLOWERCASE!12", "NoDigitsHere!!", "NoSpecial12345",
			"Correct horse battery staple 1! and a long passphrase of 65 chrs!" })
	void passwordsBreakingTheRule(String password) {
		assertThat(UserRules.isPassword(password)).isFalse();
	}

	@Test
	void aPasswordOverBcryptsSeventyTwoBytesIsRefusedRatherThanCutShort() {
		String sixtyCharactersOfTwoBytes = "Aa1!" + "é".repeat(56);
		assertThat(sixtyCharactersOfTwoBytes).hasSize(60);
		assertThat(UserRules.isPassword(sixtyCharactersOfTwoBytes)).isFalse();
		assertThat(UserRules.isPassword("Aa1!" + "é".repeat(34))).isTrue();
	}

	@Test
	void namesAllowLettersOfAnyScriptSpacesApostrophesAndHyphens() {
		assertThat(UserRules.isName("Zoë O'Brien-Smith")).isTrue();
		assertThat(UserRules.isName("  José  ")).isTrue();
		assertThat(UserRules.isName("李")).isTrue();
		assertThat(UserRules.isName("   ")).isFalse();
		assertThat(UserRules.isName("R2D2")).isFalse();
		assertThat(UserRules.isName("<b>Bob</b>")).isFalse();
		assertThat(UserRules.isName("x".repeat(51))).isFalse();
	}

	@Test
	void phonesAreKeptAsTypedWithTheirWhitespaceTidied() {
		assertThat(UserRules.phone("+1 (555) 123-4567")).isEqualTo("+1 (555) 123-4567");
		assertThat(UserRules.phone("  +44  20\t7946 0958 ")).isEqualTo("+44 20 7946 0958");
		assertThat(UserRules.phone("")).isNull();
		assertThatThrownBy(() -> UserRules.phone("12345")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> UserRules.phone("1-2-3-4-5-6-7-8-9-0 - - - - - - - -"))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void phoneDigitsAreWhatTheRuleCounts() {
		assertThat(UserRules.phoneDigits("+1 (555) 123-4567")).isEqualTo("15551234567");
		assertThat(UserRules.phoneDigits("  ")).isNull();
		assertThatThrownBy(() -> UserRules.phoneDigits("12345")).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> UserRules.phoneDigits("1234567890123456"))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> UserRules.phoneDigits("555-CALL-NOW")).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void dateOfBirthMustBeAnIsoDateOfSomeone13To120() {
		assertThat(fieldsOf(registration("2013-11-22"))).doesNotContain("date_of_birth");
		assertThat(messagesOf(registration("2013-11-23"))).contains("You must be between 13 and 120 years old");
		assertThat(messagesOf(registration("1900-01-01"))).contains("You must be between 13 and 120 years old");
		assertThat(messagesOf(registration("2027-01-01"))).contains("Date of birth cannot be in the future");
		assertThat(messagesOf(registration("22/11/1990"))).contains("Date of birth must be a date like 1990-12-31");
		assertThat(messagesOf(registration("1990-02-30"))).contains("Date of birth must be a date like 1990-12-31");
		assertThat(fieldsOf(registration(""))).doesNotContain("date_of_birth");
	}

	@Test
	void aRegistrationListsEveryBrokenField() {
		List<FieldViolation> violations = rules
			.registration(new Registration("_x", "nope", "short", "", "<i>", "12", "soon", null));

		assertThat(violations).extracting(FieldViolation::field)
			.containsExactlyInAnyOrder("first_name", "last_name", "username", "email", "phone", "date_of_birth",
					"password");
		assertThat(violations).extracting(FieldViolation::message)
			.contains("First name is required",
					"Username must be 6-30 letters, digits or _, not starting or ending with _",
					"Last name must be 1-50 letters, spaces, ' or -");
	}

	@ParameterizedTest
	@ValueSource(strings = { "100", "100.5", "100.50", "0.01", "1000000", "1000000.00", " 42 ", "7.000" })
	void amountsAreExactDecimals(String raw) {
		assertThat(rules.amount(raw).scale()).isEqualTo(2);
	}

	@Test
	void amountsKeepTheirExactValue() {
		assertThat(rules.amount("0.1").add(rules.amount("0.2"))).isEqualByComparingTo("0.3");
		assertThat(rules.amount("999999.99").toPlainString()).isEqualTo("999999.99");
	}

	@ParameterizedTest
	@NullSource
	@ValueSource(strings = { "", "  ", "-1", "0", "0.00", "0.001", "1e6", "1E2", "1000000.01", "NaN", "Infinity", "abc",
			"12abc", "1,000", "0x10", "<b>5</b>", "100000000000000000000000000000000000",
			"1.0000000000000000000000001" })
	void badAmountsAreRefusedWithAMessage(String raw) {
		assertThatThrownBy(() -> rules.amount(raw)).isInstanceOfSatisfying(InvalidFieldsException.class, ex -> {
			assertThat(ex.violations()).singleElement().satisfies(v -> {
				assertThat(v.field()).isEqualTo("amount");
				assertThat(v.message()).startsWith("Amount");
			});
		});
	}

	@Test
	void amountMessagesSayWhatIsWrong() {
		assertThat(message(() -> rules.amount("0"))).isEqualTo("Amount must be greater than $0.00");
		assertThat(message(() -> rules.amount("1000000.01")))
			.isEqualTo("Amount must be at most $1,000,000.00 per request");
		assertThat(message(() -> rules.amount("1.001"))).isEqualTo("Amount can have at most 2 decimal places");
		assertThat(message(() -> rules.amount(null))).isEqualTo("Amount is required");
	}

	private static String message(Runnable call) {
		try {
			call.run();
		}
		catch (InvalidFieldsException ex) {
			return ex.violations().get(0).message();
		}
		throw new AssertionError("no violation");
	}

	private static Registration registration(String dateOfBirth) {
		return new Registration("good_user", "good@example.com", "Secret!Pass12", "Good", "User", null, dateOfBirth,
				false);
	}

	private List<String> fieldsOf(Registration registration) {
		return rules.registration(registration).stream().map(FieldViolation::field).toList();
	}

	private List<String> messagesOf(Registration registration) {
		return rules.registration(registration).stream().map(FieldViolation::message).toList();
	}

}
