package io.orderprocessor.platform.redis;

import java.io.IOException;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.web.http.CookieSerializer.CookieValue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SESSION cookie is Secure on a plain-HTTP request (a TLS-terminating proxy that
 * sends no {@code X-Forwarded-Proto}) when {@code app.session.secure-cookie} is on, which
 * the {@code prod} profile does.
 */
class SessionCookieTest {

	@Test
	void withSecureCookieOnTheCookieIsSecureOnAPlainHttpRequest() {
		assertThat(sessionCookie(true)).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
		assertThat(sessionCookie(false)).as("the embedded default over plain HTTP").doesNotContain("Secure");
	}

	@Test
	void theProductionProfileSwitchesItOn() throws IOException {
		Properties prod = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-prod.properties"));

		assertThat(prod.getProperty("app.session.secure-cookie")).isEqualTo("true");
	}

	private static String sessionCookie(boolean alwaysSecure) {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.setSecure(false);
		MockHttpServletResponse response = new MockHttpServletResponse();
		new SessionConfiguration().cookieSerializer(alwaysSecure)
			.writeCookieValue(new CookieValue(request, response, "abc"));
		return response.getHeader("Set-Cookie");
	}

}
