package io.orderprocessor.platform.redis;

import java.time.Duration;

import io.lettuce.core.RedisCommandTimeoutException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.junit.jupiter.api.Test;

import org.springframework.dao.QueryTimeoutException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Redis command that timed out under a request (the session, or the token denylist
 * asked by the JWT decoder) is an outage answer, 503 with {@code Retry-After}, never a
 * sign-out or a 500; it counts towards the circuit.
 */
class RedisOutageFilterTest {

	private final RedisCircuit circuit = new RedisCircuit(3, Duration.ofSeconds(1));

	// pages answer with sendError: no JSON writer needed
	private final RedisOutageFilter filter = new RedisOutageFilter(circuit, null);

	@Test
	void aRedisTimeoutUnderTheRequestAnswers503WithRetryAfter() throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dashboard");
		request.addHeader("Authorization", "Bearer a.b.c");
		MockHttpServletResponse response = new MockHttpServletResponse();
		MockFilterChain timingOut = new MockFilterChain(new HttpServlet() {
			@Override
			protected void service(HttpServletRequest req, HttpServletResponse res) {
				throw new QueryTimeoutException("Redis command timed out",
						new RedisCommandTimeoutException("Command timed out after 1 second(s)"));
			}
		});

		filter.doFilter(request, response, timingOut);

		assertThat(response.getStatus()).isEqualTo(503);
		assertThat(response.getHeader("Retry-After")).isEqualTo("1");
		assertThat(circuit.lastError()).isEqualTo("QueryTimeoutException");
	}

}
