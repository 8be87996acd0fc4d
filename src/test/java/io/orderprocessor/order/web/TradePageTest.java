package io.orderprocessor.order.web;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.order.OrderQueries;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.order.TradingInvariants;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.StoreCalls;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/** The Trade page without scripts (POST-redirect-GET) and its htmx parts. */
@IntegrationTest
class TradePageTest {

	@Autowired
	TestPrices prices;

	@Autowired
	OrderQueries orders;

	@Autowired
	CashService cash;

	@Autowired
	MeterRegistry meters;

	@Autowired
	HttpTestClient http;

	String username;

	@BeforeEach
	void signIn() {
		prices.pin("BTC", "45000.00");
		username = UserMother.uniqueUsername("trade");
		UserMother.fundedAndSignedIn(http, username, "10000");
	}

	@Test
	void reviewThenConfirmPlacesOneOrderEvenWhenConfirmedTwice() {
		HttpResponse<String> page = http.get("/trading?asset=btc&side=buy");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Bitcoin (BTC)").contains("id=\"order-form\"").contains("$45,000.00");
		String key = page.body().replaceAll("(?s).*name=\"idempotencyKey\" value=\"([^\"]+)\".*", "$1");
		String fields = "asset=BTC&side=buy&type=market&quantity=0.1&amount=&price=&idempotencyKey=" + key;

		HttpResponse<String> review = http.postForm("/trading", "/trading/review", fields);
		assertThat(review.statusCode()).isEqualTo(200);
		assertThat(review.body()).contains("Buy 0.1 BTC at market, about $4,500.00").contains("id=\"confirm-order\"");

		HttpResponse<String> placed = http.postForm("/trading", "/trading/orders", fields);
		HttpResponse<String> again = http.postForm("/trading", "/trading/orders", fields);
		assertThat(placed.statusCode()).isEqualTo(302);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(placed.headers().firstValue("Location").orElseThrow()).endsWith("/trading?asset=BTC&side=buy");
		HttpResponse<String> after = http.get("/trading?asset=BTC&side=buy");
		assertThat(after.body()).contains("Bought 0.1 BTC at $45,000.00 for $4,500.00");

		assertThat(orders.orders(username, OrderQuery.latest(10)).totalCount()).isEqualTo(1);
		assertThat(cash.balance(username).balance()).isEqualByComparingTo("5500.00");
		TradingInvariants.assertHold(cash, orders, username);
	}

	@Test
	void aReviewThatBreaksARuleShowsTheReasonAndPlacesNothing() {
		HttpResponse<String> review = http.postForm("/trading", "/trading/review",
				"asset=BTC&side=buy&type=market&quantity=0.3&idempotencyKey=k");
		assertThat(review.body()).contains("Order value $13,500.00 is over the limit of $10,000.00 per order")
			.doesNotContain("id=\"confirm-order\"");
		HttpResponse<String> sell = http.postForm("/trading", "/trading/orders",
				"asset=BTC&side=sell&type=market&quantity=0.1&idempotencyKey=k2");
		assertThat(sell.statusCode()).isEqualTo(200);
		assertThat(sell.body()).contains("Insufficient holding: available 0 BTC, requested 0.1 BTC");
		assertThat(orders.orders(username, OrderQuery.latest(10)).totalCount()).isZero();
	}

	@Test
	void theLivePreviewIsComputedByTheServerWithAtMostOneRead() {
		String csrf = HttpTestClient.csrfToken(http.get("/trading").body());
		StoreCalls calls = StoreCalls.since(meters);
		HttpResponse<String> preview = http.send(http.request("/trading/preview")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("HX-Request", "true")
			.header("X-CSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.ofString("asset=BTC&side=buy&type=market&quantity=&amount=900")));
		double reads = calls.total();
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).startsWith("<div id=\"order-preview\"")
			.contains("0.02 BTC")
			.contains("$900.00")
			.contains("$9,100.00");
		assertThat(reads).as("store calls of one preview").isLessThanOrEqualTo(1.0);
	}

	@Test
	void aLimitOrderIsPlacedAndCancelledFromThePage() {
		HttpResponse<String> placed = http.postForm("/trading", "/trading/orders",
				"asset=BTC&side=buy&type=limit&quantity=0.1&price=40000&idempotencyKey=l1");
		assertThat(placed.statusCode()).isEqualTo(302);
		String page = follow(placed).body();
		assertThat(page).contains("Buy 0.1 BTC at $40,000.00 or less: order placed, $4,000.00 held");
		String id = orders.orders(username, OrderQuery.latest(1)).orders().get(0).id();
		assertThat(page).contains("open-" + id);

		HttpResponse<String> cancelled = http.postForm("/trading", "/trading/orders/" + id + "/cancel", "asset=BTC");
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(follow(cancelled).body()).contains("Order cancelled: Buy 0.1 BTC at $40,000.00 or less")
			.doesNotContain("open-" + id);
		assertThat(cash.balance(username).held()).isEqualByComparingTo("0");
	}

	@Test
	void theFlashMessageOfAnOrderShowsWhateverTheQueryOfThePageItLandsOn() {
		HttpResponse<String> placed = http.postForm("/trading", "/trading/orders",
				"asset=BTC&side=buy&type=limit&quantity=0.1&price=40000&idempotencyKey=q1");
		assertThat(placed.headers().firstValue("Location").orElseThrow()).endsWith("/trading?asset=BTC&side=buy");
		assertThat(http.get("/trading?asset=BTC").body())
			.contains("Buy 0.1 BTC at $40,000.00 or less: order placed, $4,000.00 held");
	}

	@Test
	void withHtmxAnOrderSwapsThePanelAndTheFlashOutOfBandAndAnnouncesItself() {
		String page = http.get("/trading?asset=BTC&side=buy").body();
		// the CSRF header comes with each hx:post, not from the layout
		assertThat(page).doesNotContain("<body hx-headers");
		Matcher header = Pattern.compile("hx-headers=\"\\{&quot;X-CSRF-TOKEN&quot;:&quot;([^&]+)&quot;\\}\"")
			.matcher(page);
		assertThat(header.find()).as("hx:post carries the CSRF header").isTrue();
		String csrf = header.group(1);

		HttpResponse<String> placed = htmxPost(csrf, "/trading/orders",
				"asset=BTC&side=buy&type=limit&quantity=0.1&price=40000&idempotencyKey=h1");
		assertThat(placed.statusCode()).isEqualTo(200);
		assertThat(placed.headers().firstValue("HX-Trigger")).hasValue("order-placed");
		assertThat(placed.body()).startsWith("<div id=\"order-panel\"")
			.contains("id=\"flash\" class=\"flash container\" aria-live=\"polite\" hx-swap-oob=\"innerHTML\"")
			.contains("Buy 0.1 BTC at $40,000.00 or less: order placed, $4,000.00 held");

		String id = orders.orders(username, OrderQuery.latest(1)).orders().get(0).id();
		HttpResponse<String> cancelled = htmxPost(csrf, "/trading/orders/" + id + "/cancel", "asset=BTC");
		assertThat(cancelled.statusCode()).isEqualTo(200);
		assertThat(cancelled.headers().firstValue("HX-Trigger")).isEmpty();
		assertThat(cancelled.body()).startsWith("<div id=\"trade-side\"")
			.contains("id=\"flash\" class=\"flash container\" aria-live=\"polite\" hx-swap-oob=\"innerHTML\"")
			.contains("Order cancelled: Buy 0.1 BTC at $40,000.00 or less")
			.doesNotContain("open-" + id);
	}

	@Test
	void withHtmxARefusedOrderShowsTheReasonWithoutTouchingTheFlash() {
		String csrf = HttpTestClient.csrfToken(http.get("/trading").body());
		HttpResponse<String> refused = htmxPost(csrf, "/trading/orders",
				"asset=BTC&side=sell&type=market&quantity=0.1&idempotencyKey=h2");
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.headers().firstValue("HX-Trigger")).isEmpty();
		assertThat(refused.body()).startsWith("<div id=\"order-panel\"")
			.contains("Insufficient holding: available 0 BTC, requested 0.1 BTC")
			.doesNotContain("id=\"flash\"");
	}

	HttpResponse<String> htmxPost(String csrf, String path, String fields) {
		return http.send(http.request(path)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("HX-Request", "true")
			.header("X-CSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.ofString(fields)));
	}

	HttpResponse<String> follow(HttpResponse<String> redirect) {
		String location = redirect.headers().firstValue("Location").orElseThrow();
		return http.get(location.replaceFirst("^https?://[^/]+", ""));
	}

}
