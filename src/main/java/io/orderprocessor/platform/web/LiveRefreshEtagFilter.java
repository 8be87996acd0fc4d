package io.orderprocessor.platform.web;

import java.io.InputStream;

import io.github.wimdeblauwe.htmx.spring.boot.mvc.HtmxRequestHeader;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Live refresh at the cost of its headers when nothing changed: every htmx GET (the parts
 * of a page that poll, and the other in-page reads) answers with a weak ETag of its body,
 * and one whose {@code If-None-Match} names that ETag answers 304 with no body.
 * {@code static/js/app.js} keeps the ETag of what each part shows and sends it back; on a
 * 304 it swaps nothing. The answers stay {@code no-store}: the validator lives in the
 * page, not in the browser's cache, so nothing private is written to disk. Runs inside
 * Spring Security's chain (lowest precedence), so an anonymous poll of a private part is
 * refused before any of this.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class LiveRefreshEtagFilter extends ShallowEtagHeaderFilter {

	LiveRefreshEtagFilter() {
		// Tomcat does not compress a response that carries a strong ETag
		setWriteWeakETag(true);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !HttpMethod.GET.matches(request.getMethod())
				|| !"true".equals(request.getHeader(HtmxRequestHeader.HX_REQUEST.getValue()));
	}

	/**
	 * Spring's filter leaves out {@code no-store} answers, as a browser cache could not
	 * revalidate them; here the page itself sends the validator.
	 */
	@Override
	protected boolean isEligibleForEtag(HttpServletRequest request, HttpServletResponse response,
			int responseStatusCode, InputStream inputStream) {
		return !response.isCommitted() && responseStatusCode >= 200 && responseStatusCode < 300;
	}

}
