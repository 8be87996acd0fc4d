package io.orderprocessor.platform.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

import org.springframework.http.HttpHeaders;

/**
 * A bound on the requests the whole instance works on at once, so a load beyond what the
 * machine can serve is refused quickly instead of queueing until clients time out (and
 * the server goes on applying requests their clients gave up on). A request waits at most
 * {@code maxWait} for one of {@code limit} places, in arrival order; after that it
 * answers 503 with {@code Retry-After} at once, before any filter, session, token check
 * or controller has run, so it changed nothing. Static files and the health endpoints are
 * not counted: they are served from memory and cached state, and an orchestrator must not
 * restart a busy instance because its probe was shed. A Tomcat valve, like
 * {@link AddressBudgetValve} (which runs first), because Tomcat's own knobs bound threads
 * and connections, not work: with 200 workers on two cores a queue still grows.
 */
class LoadSheddingValve extends ValveBase {

	private static final String MESSAGE = "The service is busy; please try again in a moment.";

	private static final byte[] JSON = ("{\"detail\":\"" + MESSAGE + "\"}").getBytes(StandardCharsets.UTF_8);

	private static final byte[] PAGE = ("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Busy</title>"
			+ "</head><body><p>" + MESSAGE + "</p></body></html>")
		.getBytes(StandardCharsets.UTF_8);

	private final Semaphore places;

	private final long maxWaitNanos;

	LoadSheddingValve(int limit, Duration maxWait) {
		super(true);
		this.places = new Semaphore(Math.max(1, limit), true);
		this.maxWaitNanos = maxWait.toNanos();
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		String path = request.getRequestURI();
		// no path: a request Tomcat could not read (a header too large), on its way to
		// its 400
		if (path == null || exempt(path)) {
			getNext().invoke(request, response);
			return;
		}
		if (!admitted()) {
			refuse(request, response);
			return;
		}
		try {
			getNext().invoke(request, response);
		}
		finally {
			places.release();
		}
	}

	private boolean admitted() {
		try {
			return places.tryAcquire(maxWaitNanos, TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	private static void refuse(Request request, Response response) throws IOException {
		if (request.getContentLengthLong() > 0 || request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
			// the body is not read: Tomcat closes the connection instead of swallowing it
			request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
		}
		boolean api = request.getRequestURI().startsWith("/api/");
		byte[] body = api ? JSON : PAGE;
		response.setStatus(503);
		response.setHeader(HttpHeaders.RETRY_AFTER, "1");
		SecureErrorReportValve.securityHeaders(response);
		response.setContentType(api ? "application/json" : "text/html;charset=UTF-8");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** Static files and health: cheap, and shedding them helps nobody. */
	static boolean exempt(String path) {
		return StaticPaths.matches(path) || path.equals("/health") || path.startsWith("/actuator/health");
	}

	/** Places free now (for tests and metrics). */
	int available() {
		return places.availablePermits();
	}

}
