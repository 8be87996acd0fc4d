package io.orderprocessor.platform.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * A request refused with 413 for the body it announced ({@code Content-Length} over its
 * route's limit, see {@link RequestLimitsFilter}) is answered and its connection closed
 * without waiting for that body. Left alone, Tomcat would read ("swallow") up to
 * {@code server.tomcat.max-swallow-size} of it after the answer, holding a worker thread
 * for up to {@code server.tomcat.connection-timeout} per read: 200 clients announcing a
 * large body and sending one byte held every worker for 10 s. A chunked body cut at the
 * limit is still swallowed (bounded by the same size), so a client that is still sending
 * it reads its 413 instead of a reset connection.
 */
class UnreadBodyValve extends ValveBase {

	UnreadBodyValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		getNext().invoke(request, response);
		if (response.getStatus() == 413 && request.getContentLengthLong() > 0) {
			request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
		}
	}

}
