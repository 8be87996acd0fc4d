package io.orderprocessor.order;

import java.net.http.HttpResponse;
import java.util.Map;

import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.user.UserMother;

import static org.assertj.core.api.Assertions.assertThat;

/** Users with orders, made through the API as a client would. */
public final class OrderMother {

	private OrderMother() {
	}

	/**
	 * Registers {@code username}, deposits $1,000 and buys 0.001 BTC at market.
	 * @return the order's id
	 */
	public static String traderWithOneOrder(HttpTestClient http, String username) {
		String token = UserMother.registeredToken(http, username);
		assertThat(post(http, token, "/api/v1/balance/deposit", "{\"amount\":\"1000\"}").statusCode()).isEqualTo(201);
		HttpResponse<String> order = post(http, token, "/api/v1/orders",
				"{\"order_type\":\"market_buy\",\"asset_id\":\"BTC\",\"quantity\":\"0.001\"}");
		assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
		return order.body().replaceAll(".*\"order_id\":\"(ord_[0-9A-Z]+)\".*", "$1");
	}

	/**
	 * Registers {@code username}, deposits $5,000, buys each of {@code buys} (symbol to
	 * quantity) at market and places a limit buy of 0.01 BTC at $1,000 or less, which
	 * waits (far below the market).
	 * @return the open limit order's id
	 */
	public static String traderWithHoldingsAndAnOpenOrder(HttpTestClient http, String username,
			Map<String, String> buys) {
		String token = UserMother.registeredToken(http, username);
		assertThat(post(http, token, "/api/v1/balance/deposit", "{\"amount\":\"5000\"}").statusCode()).isEqualTo(201);
		buys.forEach((symbol, quantity) -> {
			HttpResponse<String> order = post(http, token, "/api/v1/orders",
					"{\"order_type\":\"market_buy\",\"asset_id\":\"" + symbol + "\",\"quantity\":\"" + quantity
							+ "\"}");
			assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
		});
		HttpResponse<String> limit = post(http, token, "/api/v1/orders",
				"{\"order_type\":\"limit_buy\",\"asset_id\":\"BTC\",\"quantity\":\"0.01\",\"price\":\"1000\"}");
		assertThat(limit.statusCode()).as(limit.body()).isEqualTo(201);
		assertThat(limit.body()).contains("\"status\":\"pending\"");
		return limit.body().replaceAll(".*\"order_id\":\"(ord_[0-9A-Z]+)\".*", "$1");
	}

	private static HttpResponse<String> post(HttpTestClient http, String token, String path, String body) {
		return http.postJson(path, body, token);
	}

}
