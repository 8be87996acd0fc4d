package io.orderprocessor.platform.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.FlashMapManager;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash messages ({@code flashSuccess}, {@code flashError}) go to the page a redirect
 * lands on whatever its query. Spring's own manager keys a flash map on the redirect's
 * path and query parameters, so a message was lost whenever the page that showed it was
 * reached with another query (another asset, side, filter or page) than the redirect
 * named.
 */
@Configuration(proxyBeanMethods = false)
class FlashConfiguration {

	/** Replaces Boot's default, which backs off for a bean of this name. */
	@Bean(DispatcherServlet.FLASH_MAP_MANAGER_BEAN_NAME)
	FlashMapManager flashMapManager() {
		return new PathFlashMapManager();
	}

	/** The session's flash maps, matched on the target path only. */
	static class PathFlashMapManager extends SessionFlashMapManager {

		@Override
		protected boolean isFlashMapForRequest(FlashMap flashMap, HttpServletRequest request) {
			FlashMap pathOnly = new FlashMap();
			pathOnly.setTargetRequestPath(flashMap.getTargetRequestPath());
			return super.isFlashMapForRequest(pathOnly, request);
		}

	}

}
