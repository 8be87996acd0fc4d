package io.orderprocessor.platform.web;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * Tomcat's own error answers (a request refused before it reaches the application, such
 * as {@code /api/v1/orders/%00}) carry the same security headers as every other answer,
 * and name no server version.
 */
public class SecureErrorReportValve extends ErrorReportValve {

	public SecureErrorReportValve() {
		setShowReport(false);
		setShowServerInfo(false);
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		if (!response.isCommitted()) {
			securityHeaders(response);
		}
		super.report(request, response, throwable);
	}

	/** The headers of every answer made in Tomcat, outside Spring Security's filters. */
	static void securityHeaders(Response response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
		response.setHeader("Referrer-Policy", "no-referrer");
		response.setHeader("Cache-Control", "no-store");
	}

}
