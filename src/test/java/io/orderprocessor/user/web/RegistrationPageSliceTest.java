package io.orderprocessor.user.web;

import java.time.Clock;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import io.orderprocessor.platform.security.PageSliceSecurity;
import io.orderprocessor.platform.web.Messages;
import io.orderprocessor.user.UserModuleOnFakes;
import io.orderprocessor.user.UserMother;
import io.orderprocessor.user.UserRules;
import io.orderprocessor.user.UserService;
import io.orderprocessor.user.internal.PageSignIn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The registration page as a web slice: the controller, the layout's advice and the
 * application's security configuration, with the real user service on the in-memory
 * store. Plain and htmx requests: status, view, the model's field errors and headers.
 */
@WebMvcTest(useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = { "io\\.orderprocessor\\.user\\.web\\.RegistrationController",
						"io\\.orderprocessor\\.platform\\.web\\.(LayoutAdvice|HtmxErrorAdvice|Messages)" }))
@Import({ PageSliceSecurity.class, PageSignIn.class, RegistrationPageSliceTest.Services.class })
class RegistrationPageSliceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	UserService users;

	@Test
	void anonymousVisitorsGetTheEmptyForm() throws Exception {
		mvc.perform(get("/register"))
			.andExpect(status().isOk())
			.andExpect(view().name("user/register"))
			.andExpect(model().attributeExists("form"))
			.andExpect(header().string("Content-Security-Policy", Matchers.containsString("script-src 'self'")));
	}

	@Test
	@WithMockUser
	void signedInUsersAreSentToTheirDashboard() throws Exception {
		mvc.perform(get("/register")).andExpect(redirectedUrl("/dashboard"));
	}

	@Test
	void brokenFieldsComeBackNextToTheirFieldsAndCreateNothing() throws Exception {
		for (boolean htmx : new boolean[] { false, true }) {
			String username = UserMother.uniqueUsername("slice");
			MockHttpServletRequestBuilder request = registration(username, "not-an-email", UserMother.PASSWORD,
					"Other!Pass123");
			if (htmx) {
				request.header("HX-Request", "true");
			}
			mvc.perform(request)
				.andExpect(status().isOk())
				.andExpect(view().name("user/register"))
				.andExpect(model().attributeHasFieldErrors("form", "email", "confirmPassword"))
				.andExpect(header().doesNotExist("HX-Redirect"));
			assertThat(users.exists(username)).as("htmx " + htmx).isFalse();
		}
	}

	@Test
	void aTakenUsernameIsNamedOnItsField() throws Exception {
		String username = UserMother.uniqueUsername("taken");
		users.register(UserMother.registration(username), null);

		mvc.perform(
				registration(username, "other_" + username + "@example.com", UserMother.PASSWORD, UserMother.PASSWORD))
			.andExpect(status().isOk())
			.andExpect(view().name("user/register"))
			.andExpect(model().attributeHasFieldErrors("form", "username"));
	}

	@Test
	void aGoodRegistrationSignsInAndOpensTheDashboard() throws Exception {
		String username = UserMother.uniqueUsername("slice");

		mvc.perform(registration(username, username + "@example.com", UserMother.PASSWORD, UserMother.PASSWORD))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/dashboard"));
		assertThat(users.exists(username)).isTrue();
	}

	@Test
	void signingUpFromATradeLinkGoesBackToTheTradeAndSaysWelcome() throws Exception {
		MockHttpSession browser = new MockHttpSession();
		// "Buy BTC" while signed out: sign in first, the way there kept
		mvc.perform(get("/trading?asset=BTC&side=buy").session(browser))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/login"));
		String username = UserMother.uniqueUsername("buy");

		mvc.perform(registration(username, username + "@example.com", UserMother.PASSWORD, UserMother.PASSWORD)
			.session(browser))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/trading?asset=BTC&side=buy"))
			.andExpect(flash().attribute("firstVisit", true));
		// used once: the next registration in this browser opens the dashboard
		String another = UserMother.uniqueUsername("buy");
		mvc.perform(registration(another, another + "@example.com", UserMother.PASSWORD, UserMother.PASSWORD)
			.session(browser)).andExpect(redirectedUrl("/dashboard"));
	}

	@Test
	void aPostWithoutTheCsrfTokenIsRefused() throws Exception {
		String username = UserMother.uniqueUsername("csrf");
		mvc.perform(post("/register").param("username", username)).andExpect(status().isForbidden());
		assertThat(users.exists(username)).isFalse();
	}

	private static MockHttpServletRequestBuilder registration(String username, String email, String password,
			String confirmation) {
		return post("/register").with(csrf())
			.param("firstName", "Slice")
			.param("lastName", "Tester")
			.param("username", username)
			.param("email", email)
			.param("password", password)
			.param("confirmPassword", confirmation)
			.param("marketingConsent", "false");
	}

	@TestConfiguration(proxyBeanMethods = false)
	static class Services {

		@Bean
		UserModuleOnFakes userModule() {
			return new UserModuleOnFakes();
		}

		@Bean
		UserService userService(UserModuleOnFakes module) {
			return module.users;
		}

		@Bean
		UserRules userRules(Messages messages) {
			return new UserRules(messages, Clock.systemUTC());
		}

	}

}
