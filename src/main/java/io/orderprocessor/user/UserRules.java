package io.orderprocessor.user;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import io.orderprocessor.platform.web.InvalidFieldsException.FieldViolation;
import io.orderprocessor.platform.web.InvalidFieldsException;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.shared.PlainDecimal;

/**
 * Every field rule of the Accounts and Cash sections of {@code rules.md}, with the
 * messages of {@code i18n/user.properties}. Pages and API call the same services, which
 * call these, so both say the same thing. Field names are the API's (snake_case).
 */
@Component
public class UserRules {

	static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_]{4,28}[A-Za-z0-9]");

	static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
			+ "@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
			+ "\\.[A-Za-z]{2,63}");

	static final String PASSWORD_SPECIALS = "!@#$%^&*()-_=+";

	static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}' -]{1,50}");

	static final Pattern PHONE_SEPARATORS = Pattern.compile("[\\s+\\-()]");

	static final BigDecimal MAX_AMOUNT = new BigDecimal("1000000");

	private final Messages messages;

	private final Clock clock;

	@Autowired
	UserRules(Messages messages) {
		this(messages, Clock.systemUTC());
	}

	public UserRules(Messages messages, Clock clock) {
		this.messages = messages;
		this.clock = clock;
	}

	public List<FieldViolation> registration(Registration r) {
		List<FieldViolation> violations = new ArrayList<>();
		name("first_name", r.firstName(), violations);
		name("last_name", r.lastName(), violations);
		if (isBlank(r.username())) {
			violations.add(required("username"));
		}
		else if (!isUsername(r.username().trim())) {
			violations.add(new FieldViolation("username", messages.text("rule.username"), "pattern"));
		}
		email(r.email(), violations);
		phone(r.phone(), violations);
		dateOfBirth(r.dateOfBirth(), violations);
		password("password", r.password(), violations);
		return violations;
	}

	public List<FieldViolation> profileChanges(ProfileChanges c) {
		List<FieldViolation> violations = new ArrayList<>();
		if (c.firstName() != null) {
			name("first_name", c.firstName(), violations);
		}
		if (c.lastName() != null) {
			name("last_name", c.lastName(), violations);
		}
		if (c.email() != null) {
			email(c.email(), violations);
		}
		phone(c.phone(), violations);
		dateOfBirth(c.dateOfBirth(), violations);
		return violations;
	}

	/** Checks a new password against the password rule. */
	public void password(String field, String value, List<FieldViolation> violations) {
		if (value == null || value.isEmpty()) {
			violations.add(required(field));
		}
		else if (!isPassword(value)) {
			violations.add(new FieldViolation(field, messages.text("rule.password"), "password_policy"));
		}
	}

	public static boolean isUsername(String value) {
		return value != null && USERNAME.matcher(value).matches();
	}

	public static boolean isEmail(String value) {
		return value != null && value.length() <= 254 && value.indexOf('@') <= 64 && EMAIL.matcher(value).matches();
	}

	/** The shortest password. */
	public static final int PASSWORD_MIN = 12;

	/** The longest password: long passphrases are welcome. */
	public static final int PASSWORD_MAX = 64;

	/** bcrypt reads at most 72 bytes; a longer password would not be checked in full. */
	private static final int PASSWORD_MAX_BYTES = 72;

	public static boolean isPassword(String value) {
		if (value == null || value.length() < PASSWORD_MIN || value.length() > PASSWORD_MAX
				|| value.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
			return false;
		}
		boolean upper = false;
		boolean lower = false;
		boolean digit = false;
		boolean special = false;
		for (char c : value.toCharArray()) {
			if (Character.isISOControl(c)) {
				return false;
			}
			upper |= c >= 'A' && c <= 'Z';
			lower |= c >= 'a' && c <= 'z';
			digit |= c >= '0' && c <= '9';
			special |= PASSWORD_SPECIALS.indexOf(c) >= 0;
		}
		return upper && lower && digit && special;
	}

	public static boolean isName(String value) {
		return value != null && !value.trim().isEmpty() && NAME.matcher(value.trim()).matches();
	}

	/** The longest phone number as typed, separators included. */
	static final int PHONE_MAX_TYPED = 30;

	/**
	 * The phone as the user typed it, so it reads back as they know it ("+1 (555)
	 * 123-4567"): trimmed, runs of whitespace made one space; null when blank; throws
	 * when the rule (checked on its digits) is broken.
	 */
	public static String phone(String value) {
		String digits = phoneDigits(value);
		if (digits == null) {
			return null;
		}
		String typed = value.strip().replaceAll("\\s+", " ");
		if (typed.length() > PHONE_MAX_TYPED) {
			throw new IllegalArgumentException("phone");
		}
		return typed;
	}

	/** The phone's digits, or null when blank; throws when the rule is broken. */
	public static String phoneDigits(String value) {
		if (isBlank(value)) {
			return null;
		}
		String digits = PHONE_SEPARATORS.matcher(value).replaceAll("");
		if (digits.length() < 10 || digits.length() > 15 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
			throw new IllegalArgumentException("phone");
		}
		return digits;
	}

	/** The date of birth, or null when blank; its rule is checked separately. */
	public static LocalDate parseDate(String value) {
		return isBlank(value) ? null : LocalDate.parse(value.trim());
	}

	/**
	 * An amount of US dollars as an exact decimal: a plain decimal number (no exponent),
	 * greater than 0, at most 1,000,000, at most 2 decimal places.
	 * @throws InvalidFieldsException naming {@code amount}
	 */
	public BigDecimal amount(String raw) {
		if (raw == null || raw.isBlank()) {
			throw new InvalidFieldsException("amount", messages.text("rule.required", messages.text("field.amount")),
					"missing");
		}
		BigDecimal amount = PlainDecimal.parse(raw, 20)
			.orElseThrow(() -> new InvalidFieldsException("amount", messages.text("rule.amount"), "decimal_parsing"));
		if (amount.signum() <= 0) {
			throw new InvalidFieldsException("amount", messages.text("rule.amount.positive"), "greater_than");
		}
		if (amount.compareTo(MAX_AMOUNT) > 0) {
			throw new InvalidFieldsException("amount", messages.text("rule.amount.max"), "less_than_equal");
		}
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new InvalidFieldsException("amount", messages.text("rule.amount.decimals"), "decimal_max_places");
		}
		return amount.setScale(2);
	}

	private void name(String field, String value, List<FieldViolation> violations) {
		if (isBlank(value)) {
			violations.add(required(field));
		}
		else if (!isName(value)) {
			violations
				.add(new FieldViolation(field, messages.text("rule.name", messages.text("field." + field)), "pattern"));
		}
	}

	private void email(String value, List<FieldViolation> violations) {
		if (isBlank(value)) {
			violations.add(required("email"));
		}
		else if (!isEmail(value.trim())) {
			violations.add(new FieldViolation("email", messages.text("rule.email"), "email"));
		}
	}

	private void phone(String value, List<FieldViolation> violations) {
		try {
			phone(value);
		}
		catch (IllegalArgumentException ex) {
			violations.add(new FieldViolation("phone", messages.text("rule.phone"), "pattern"));
		}
	}

	private void dateOfBirth(String value, List<FieldViolation> violations) {
		LocalDate date;
		try {
			date = value == null || value.length() > 10 ? (isBlank(value) ? null : invalidDate()) : parseDate(value);
		}
		catch (DateTimeParseException ex) {
			violations.add(new FieldViolation("date_of_birth", messages.text("rule.dateOfBirth"), "date"));
			return;
		}
		if (date == null) {
			return;
		}
		LocalDate today = LocalDate.now(clock);
		if (date.isAfter(today)) {
			violations.add(new FieldViolation("date_of_birth", messages.text("rule.dateOfBirth.future"), "date_past"));
			return;
		}
		int age = Period.between(date, today).getYears();
		if (age < 13 || age > 120) {
			violations.add(new FieldViolation("date_of_birth", messages.text("rule.dateOfBirth.age"), "age"));
		}
	}

	private static LocalDate invalidDate() {
		throw new DateTimeParseException("too long", "", 0);
	}

	private FieldViolation required(String field) {
		return new FieldViolation(field, messages.text("rule.required", messages.text("field." + field)), "missing");
	}

	static boolean isBlank(String value) {
		return value == null || value.isBlank();
	}

}
