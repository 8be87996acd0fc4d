package io.orderprocessor.order.web;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import io.orderprocessor.order.OrderQueries;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.order.OrderStatus;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The order form refuses a side or type that is not one of its choices (issue 14, finding
 * 4) and never builds its redirect from what was sent (finding 9).
 */
@IntegrationTest
class TradeFormInputTest {

	@Autowired
	TestPrices prices;

	@Autowired
	OrderQueries orders;

	@Autowired
	CashService cash;

	@Autowired
	HttpTestClient http;

	String username;

	@BeforeEach
	void signIn() {
		prices.pin("BTC", "45000.00");
		username = UserMother.uniqueUsername("tradein");
		UserMother.fundedAndSignedIn(http, username, "10000");
	}

	@ParameterizedTest
	@ValueSource(strings = { "lim", "", "market_buy", "limit%07", "%E2%80%AElimit" })
	void aTypeThatIsNoChoiceIsRefusedNextToItsFieldAndPlacesNothing(String type) {
		HttpResponse<String> placed = http.postForm("/trading", "/trading/orders",
				"asset=BTC&side=buy&type=" + type + "&quantity=0.01&price=&idempotencyKey=t-" + type.length());
		assertThat(placed.statusCode()).isEqualTo(200);
		assertThat(placed.body()).contains("id=\"order-type-error\"").contains("Choose Market or Limit");
		assertNothingPlaced();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sel", "", "short", "sell_limit" })
	void aSideThatIsNoChoiceIsRefusedNextToItsFieldAndPlacesNothing(String side) {
		HttpResponse<String> placed = http.postForm("/trading", "/trading/orders",
				"asset=BTC&side=" + side + "&type=limit&quantity=0.01&price=999999&idempotencyKey=s-" + side.length());
		assertThat(placed.statusCode()).isEqualTo(200);
		assertThat(placed.body()).contains("id=\"order-side-error\"").contains("Choose Buy or Sell");
		assertNothingPlaced();
	}

	@Test
	void spacesAroundAChoiceAreTrimmedAsTheApiDoesSoTheyNeverBecomeAnotherOrder() {
		// "limit " is a limit order: without a price it is refused, never filled at
		// market
		HttpResponse<String> limit = http.postForm("/trading", "/trading/orders",
				"asset=BTC&side=buy&type=limit+&quantity=0.01&price=&idempotencyKey=sp1");
		assertThat(limit.statusCode()).isEqualTo(200);
		assertThat(limit.body()).contains("Limit price is required");
		// "sell " is a sell: with no BTC held it is refused, never a buy at $999,999
		HttpResponse<String> sell = http.postForm("/trading", "/trading/orders",
				"asset=BTC&side=sell+&type=limit&quantity=0.01&price=999999&idempotencyKey=sp2");
		assertThat(sell.statusCode()).isEqualTo(200);
		assertThat(sell.body()).contains("Insufficient holding");
		assertNothingPlaced();
	}

	@Test
	void theLivePreviewAndTheReviewRefuseAnUnknownChoiceToo() {
		String csrf = HttpTestClient.csrfToken(http.get("/trading").body());
		HttpResponse<String> preview = http.send(http.request("/trading/preview")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("HX-Request", "true")
			.header("X-CSRF-TOKEN", csrf)
			.POST(HttpRequest.BodyPublishers.ofString("asset=BTC&side=buy&type=lim&quantity=0.01")));
		assertThat(preview.statusCode()).isEqualTo(200);
		assertThat(preview.body()).contains("Choose Market or Limit");
		HttpResponse<String> review = http.postForm("/trading", "/trading/review",
				"asset=BTC&side=x&type=market&quantity=0.01&idempotencyKey=r1");
		assertThat(review.statusCode()).isEqualTo(200);
		assertThat(review.body()).contains("Choose Buy or Sell").doesNotContain("id=\"confirm-order\"");
		assertNothingPlaced();
	}

	@Test
	void anOversizedSideIsRefusedWithoutAnErrorAndPlacesNothing() {
		String side = "s".repeat(8 * 1024);
		HttpResponse<String> placed = http.postForm("/trading", "/trading/orders",
				"asset=BTC&side=" + side + "&type=market&quantity=0.01&idempotencyKey=big1");
		assertThat(placed.statusCode()).isEqualTo(200);
		assertThat(placed.body()).contains("Choose Buy or Sell");
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

		// a second cancel (not pending any more) goes back to a known asset, not to the
		// input
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

	private void assertNothingPlaced() {
		assertThat(orders.orders(username, OrderQuery.latest(10)).totalCount()).isZero();
		assertThat(cash.balance(username).balance()).isEqualByComparingTo("10000");
	}

}
