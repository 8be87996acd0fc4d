package io.orderprocessor.order.web;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.order.OrderQueries;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.order.OrderStatus;
import io.orderprocessor.order.TradingInvariants;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.StoreCalls;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Trade page without scripts (POST-redirect-GET) and its htmx parts, and what its
 * order form does with input that is none of its choices.
 */
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

	// the order form refuses a side or type that is not one of its choices (issue 14,
	// finding 4) and never builds its redirect from what was sent (finding 9)

	@ParameterizedTest
	@ValueSource(strings = { "lim", "", "market_buy", "limit%07", "%E2%80%AElimit" })
	void aTypeThatIsNoChoiceIsRefusedNextToItsFieldAndPlacesNothing(String type) {
		assertThat(refusedOrder(
				"asset=BTC&side=buy&type=" + type + "&quantity=0.01&price=&idempotencyKey=t-" + type.length()))
			.contains("id=\"order-type-error\"")
			.contains("Choose Market or Limit");
		assertNothingPlaced();
	}

	/** Not a choice: misspelt, empty, another word, a type for a side, 8 KB long. */
	static Stream<String> sidesThatAreNoChoice() {
		return Stream.of("sel", "", "short", "sell_limit", "s".repeat(8 * 1024));
	}

	@ParameterizedTest
	@MethodSource("sidesThatAreNoChoice")
	void aSideThatIsNoChoiceIsRefusedNextToItsFieldWithoutAnErrorAndPlacesNothing(String side) {
		assertThat(refusedOrder(
				"asset=BTC&side=" + side + "&type=limit&quantity=0.01&price=999999&idempotencyKey=s-" + side.length()))
			.contains("id=\"order-side-error\"")
			.contains("Choose Buy or Sell");
		assertNothingPlaced();
	}

	@Test
	void spacesAroundAChoiceAreTrimmedAsTheApiDoesSoTheyNeverBecomeAnotherOrder() {
		// "limit " is a limit order: without a price it is refused, never filled
		// at market
		assertThat(refusedOrder("asset=BTC&side=buy&type=limit+&quantity=0.01&price=&idempotencyKey=sp1"))
			.contains("Limit price is required");
		// "sell " is a sell: with no BTC held it is refused, never a buy at $999,999
		assertThat(refusedOrder("asset=BTC&side=sell+&type=limit&quantity=0.01&price=999999&idempotencyKey=sp2"))
			.contains("Insufficient holding");
		assertNothingPlaced();
	}

	@Test
	void theLivePreviewAndTheReviewRefuseAnUnknownChoiceToo() {
		String csrf = HttpTestClient.csrfToken(http.get("/trading").body());
		HttpResponse<String> preview = htmxPost(csrf, "/trading/preview", "asset=BTC&side=buy&type=lim&quantity=0.01");
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("Choose Market or Limit");
		HttpResponse<String> review = http.postForm("/trading", "/trading/review",
				"asset=BTC&side=x&type=market&quantity=0.01&idempotencyKey=r1");
		assertThat(review.statusCode()).isEqualTo(200);
		assertThat(review.body()).contains("Choose Buy or Sell").doesNotContain("id=\"confirm-order\"");
		assertNothingPlaced();
	}

	@Test
	void aPlacedOrderRedirectsToItsOwnAssetAndSideNotToWhatWasSent() {
		HttpResponse<String> placed = http.postForm("/trading", "/trading/orders",
				"asset=btc&side=BUY&type=market&quantity=0.01&idempotencyKey=ok1");
		assertThat(placed.statusCode()).isEqualTo(302);
		assertThat(placed.headers().firstValue("Location").orElseThrow()).endsWith("/trading?asset=BTC&side=buy");
	}

	@Test
	void cancellingWithAnOversizedAssetAnswersTheRedirectOfTheOrdersAsset() {
		HttpResponse<String> placed = http.postForm("/trading", "/trading/orders",
				"asset=BTC&side=buy&type=limit&quantity=0.01&price=40000&idempotencyKey=c1");
		assertThat(placed.statusCode()).isEqualTo(302);
		String id = orders.orders(username, OrderQuery.latest(1)).orders().get(0).id();
		String asset = URLEncoder.encode("A".repeat(10 * 1024) + "\r\nX: y", StandardCharsets.UTF_8);

		HttpResponse<String> cancelled = http.postForm("/trading", "/trading/orders/" + id + "/cancel",
				"asset=" + asset);
		assertThat(cancelled.statusCode()).isEqualTo(302);
		assertThat(cancelled.headers().firstValue("Location").orElseThrow()).endsWith("/trading?asset=BTC");
		assertThat(orders.get(username, id).status()).isEqualTo(OrderStatus.CANCELLED);

		// a second cancel (not pending any more) goes back to a known asset, not
		// to the input
		HttpResponse<String> again = http.postForm("/trading", "/trading/orders/" + id + "/cancel", "asset=" + asset);
		assertThat(again.statusCode()).isEqualTo(302);
		assertThat(again.headers().firstValue("Location").orElseThrow()).endsWith("/trading?asset=BTC");
	}

	@Test
	void theTradePageStartsFromAKnownSideAndDefaultsAnUnknownOneToBuy() {
		assertThat(http.get("/trading?side=sell%20").body()).contains("value=\"sell\" checked");
		HttpResponse<String> unknown = http.get("/trading?side=" + "x".repeat(5000));
		assertThat(unknown.statusCode()).isEqualTo(200);
		assertThat(unknown.body()).contains("value=\"buy\" checked").doesNotContain("xxxxx");
	}

	/** Posts the order form; answers the refusal: the form again, with status 200. */
	private String refusedOrder(String fields) {
		HttpResponse<String> placed = http.postForm("/trading", "/trading/orders", fields);
		assertThat(placed.statusCode()).isEqualTo(200);
		return placed.body();
	}

	private void assertNothingPlaced() {
		assertThat(orders.orders(username, OrderQuery.latest(10)).totalCount()).isZero();
		assertThat(cash.balance(username).balance()).isEqualByComparingTo("10000");
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
