package io.orderprocessor.platform.web;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.WireSizes;
import io.orderprocessor.support.WireSizes.Fetch;
import io.orderprocessor.support.WireSizes.View;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12's wire sizes: a signed-in dashboard's first load, a second view with the files
 * cached, and a live refresh that finds nothing changed; static files under
 * content-hashed URLs with a year's caching, private answers {@code no-store}.
 */
@IntegrationTest
class WireSizeTest {

	private static final String HASHED = ".*-[0-9a-f]{32}\\.(css|js|svg)$";

	@LocalServerPort
	int port;

	@Autowired
	CashService cash;

	@Test
	void aNewTradersDashboardLoadsWithinTheFirstLoadTargetAndAgainWithinTheSecondViewTarget() {
		WireSizes sizes = new WireSizes(signedInTrader());

		View first = sizes.firstLoad("/dashboard");
		View second = sizes.secondView(first);

		assertThat(first.html().status()).isEqualTo(200);
		assertThat(first.html().header("Content-Encoding")).isEqualTo("gzip");
		assertThat(first.html().header("Cache-Control")).contains("no-store");
		assertThat(first.fetches()).extracting(Fetch::path)
			.as("the layout's stylesheet and scripts")
			.anyMatch(path -> path.matches("/css/app-.*\\.css"))
			.anyMatch(path -> path.matches("/webjars/htmx\\.org/.*/htmx\\.min-.*\\.js"))
			.anyMatch(path -> path.matches("/js/app-.*\\.js"));
		assertThat(first.bytes()).isLessThanOrEqualTo(WireSizes.FIRST_LOAD_TARGET);
		assertThat(second.fetches()).as("only the page itself is fetched again").hasSize(1);
		assertThat(second.bytes()).isLessThanOrEqualTo(WireSizes.SECOND_VIEW_TARGET);
	}

	@Test
	void staticFilesHaveHashedUrlsAndAYearsCachingAndAreCompressed() {
		String trader = UserMother.apiUser(new HttpTestClient(port), "wire").username();
		// with cash the dashboard draws the value chart: its files (uPlot, charts.js)
		// come only
		// when the chart is reached
		cash.deposit(trader, "1000");
		WireSizes sizes = new WireSizes(UserMother.signedIn(port, trader, UserMother.PASSWORD));

		View first = sizes.firstLoad("/dashboard");
		View second = sizes.secondView(first);

		assertThat(first.bytes()).as("uPlot stays off the first load").isLessThanOrEqualTo(WireSizes.FIRST_LOAD_TARGET);
		assertThat(first.fetches()).extracting(Fetch::path)
			.noneMatch(path -> path.contains("uPlot") || path.contains("charts"));
		List<Fetch> onDemand = sizes.onDemand("/dashboard");
		assertThat(onDemand).extracting(Fetch::path)
			.anyMatch(path -> path.matches("/webjars/uplot/.*/uPlot\\.iife\\.min-.*\\.js"))
			.anyMatch(path -> path.matches("/webjars/uplot/.*/uPlot\\.min-.*\\.css"))
			.anyMatch(path -> path.matches("/js/charts-.*\\.js"))
			.anyMatch(path -> path.matches("/css/charts-.*\\.css"));
		List<Fetch> files = new ArrayList<>(first.fetches().subList(1, first.fetches().size()));
		files.addAll(onDemand);
		for (Fetch file : files) {
			assertThat(file.path()).matches(HASHED);
			assertThat(file.status()).as(file.path()).isEqualTo(200);
			assertThat(file.header("Cache-Control")).as(file.path()).contains("max-age=31536000", "public");
			if (!file.path().endsWith(".svg")) {
				assertThat(file.header("Content-Encoding")).as(file.path()).isEqualTo("gzip");
				assertThat(file.header("X-Content-Type-Options")).as(file.path()).isEqualTo("nosniff");
				assertThat(file.header("Content-Security-Policy")).as("a page's policies are the page's").isEmpty();
				assertThat(file.header("Set-Cookie")).as(file.path()).isEmpty();
			}
		}
		assertThat(second.fetches()).hasSize(1);
		assertThat(second.bytes()).isLessThanOrEqualTo(WireSizes.SECOND_VIEW_TARGET);
	}

	@Test
	void anonymousVisitorsGetEveryFileThePagesLink() {
		// a file under its hashed URL that needed a session would also become the page
		// that sign-in leads back to
		for (String page : new String[] { "/", "/login", "/market/BTC" }) {
			View first = new WireSizes(new HttpTestClient(port)).firstLoad(page);

			assertThat(first.fetches()).as(page).hasSizeGreaterThan(3).allSatisfy(file -> {
				assertThat(file.status()).as(file.path()).isEqualTo(200);
				assertThat(file.path()).as(file.path()).matches(file == first.html() ? page : HASHED);
			});
		}
	}

	@Test
	void aLivePartThatDidNotChangeAnswers304WithinTheLiveRefreshTarget() {
		WireSizes sizes = new WireSizes(signedInTrader());

		// a trader with no holdings: nothing on the dashboard's live part moves with
		// prices
		Fetch dashboard = sizes.liveRefresh("/dashboard");
		Fetch bell = sizes.liveRefresh("/notifications/bell");

		assertThat(dashboard.status()).isEqualTo(304);
		assertThat(dashboard.bytes()).isLessThanOrEqualTo(WireSizes.LIVE_REFRESH_TARGET);
		assertThat(bell.status()).isEqualTo(304);
		assertThat(bell.bytes()).isLessThanOrEqualTo(WireSizes.LIVE_REFRESH_TARGET);
	}

	@Test
	void aLivePartWithAnotherEtagAnswersInFullAndPrivately() {
		HttpTestClient http = signedInTrader();

		var answer = http
			.send(http.request("/dashboard").header("HX-Request", "true").header("If-None-Match", "W/\"stale\""));

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("id=\"dashboard-live\"");
		assertThat(answer.headers().firstValue("ETag")).hasValueSatisfying(etag -> assertThat(etag).startsWith("W/"));
		assertThat(answer.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(cacheControl -> assertThat(cacheControl).contains("no-store"));
	}

	@Test
	void apiAnswersWithPersonalDataAreNoStore() {
		HttpTestClient http = new HttpTestClient(port);
		String token = UserMother.apiUser(http, "wireapi").token();

		var balance = http.getJson("/api/v1/balance", token);

		assertThat(balance.statusCode()).isEqualTo(200);
		assertThat(balance.headers().firstValue("Cache-Control"))
			.hasValueSatisfying(cacheControl -> assertThat(cacheControl).contains("no-store"));
	}

	private HttpTestClient signedInTrader() {
		String trader = UserMother.apiUser(new HttpTestClient(port), "wire").username();
		return UserMother.signedIn(port, trader, UserMother.PASSWORD);
	}

}
