package io.orderprocessor.order.web;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.BeanRegistrar;
import org.springframework.beans.factory.BeanRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import io.orderprocessor.inventory.Asset;
import io.orderprocessor.inventory.InventoryService;
import io.orderprocessor.inventory.MarketFormat;
import io.orderprocessor.inventory.PriceChart;
import io.orderprocessor.order.OrderFormat;
import io.orderprocessor.order.OrderModuleOnFakes;
import io.orderprocessor.order.OrderQueries;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.order.OrderRules;
import io.orderprocessor.order.OrderService;
import io.orderprocessor.order.PlaceOrder;
import io.orderprocessor.platform.security.PageSliceSecurity;
import io.orderprocessor.user.CashService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

/**
 * The Trade page as a web slice: the controller, the layout's advice and the
 * application's security configuration, with the real order, cash and inventory services
 * on the in-memory store. Plain requests (POST-redirect-GET) and htmx requests (parts of
 * the page, the {@code HX-Trigger} of a placed order).
 */
@WebMvcTest(useDefaultFilters = false,
		includeFilters = @ComponentScan.Filter(type = FilterType.REGEX,
				pattern = { "io\\.orderprocessor\\.order\\.web\\.TradeController",
						"io\\.orderprocessor\\.platform\\.web\\.(LayoutAdvice|HtmxErrorAdvice|Messages)" }))
@Import({ PageSliceSecurity.class, TradePageSliceTest.Services.class })
class TradePageSliceTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	OrderModuleOnFakes module;

	String trader;

	@BeforeEach
	void trader() {
		trader = module.funded("slice", "10000");
		module.prices.pin("BTC", "45000.00");
	}

	@AfterEach
	void release() {
		module.prices.release("BTC");
	}

	@Test
	void thePageAndItsSidePanel() throws Exception {
		mvc.perform(get("/trading").param("asset", "BTC").with(user(trader)))
			.andExpect(status().isOk())
			.andExpect(view().name("order/trading"))
			.andExpect(model().attributeExists("form", "assets"));
		mvc.perform(get("/trading").param("asset", "BTC").with(user(trader)).header("HX-Request", "true"))
			.andExpect(status().isOk())
			.andExpect(view().name("order/trading :: trade-side"));
	}

	@Test
	void theSidePanelsTrendChartSpansTheSevenDaysItsLabelNamesBesideTheSevenDayChange() throws Exception {
		MvcResult page = mvc.perform(get("/trading").param("asset", "BTC").with(user(trader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("7-day trend: ")))
			.andExpect(content().string(containsString("id=\"asset-change-7d\"")))
			.andReturn();
		PriceChart chart = (PriceChart) page.getModelAndView().getModel().get("chart");

		assertThat(Duration.between(chart.from(), chart.to())).as("the chart the label calls 7-day")
			.isGreaterThan(Duration.ofDays(6));
	}

	@Test
	void aLimitTheMarketAlreadyCrossesIsReviewedAsFillingNowAndFillsAtTheMarket() throws Exception {
		mvc.perform(form("/trading/review", "limit", "0.01", "").param("price", "50000"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Buy 0.01 BTC at $50,000.00 or less, about $450.00")))
			.andExpect(content().string(containsString("fills at once at the market price")));
		mvc.perform(form("/trading/orders", "limit", "0.01", "").param("price", "50000"))
			.andExpect(status().isFound())
			.andExpect(flash().attribute("flashSuccess", "Bought 0.01 BTC at $45,000.00 for $450.00"));
	}

	@Test
	void aWaitingLimitOrderShowsItsLimitInTheRecentOrders() throws Exception {
		module.orders.place(trader, PlaceOrder.of("limit_buy", "BTC", "0.01", "40000", null));

		mvc.perform(get("/trading").param("asset", "BTC").with(user(trader)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("limit $40,000.00")));
	}

	@Test
	void thePickerTakesANameInAnyCaseAsWellAsASymbol() throws Exception {
		for (String typed : new String[] { "Ethereum", "ethereum", "eth", "ETH" }) {
			mvc.perform(get("/trading").param("asset", typed).with(user(trader)))
				.andExpect(status().isOk())
				.andExpect(result -> assertThat(((Asset) result.getModelAndView().getModel().get("asset")).symbol())
					.isEqualTo("ETH"))
				.andExpect(model().attributeDoesNotExist("assetProblem"))
				.andExpect(content().string(containsString("Ethereum (ETH)")));
		}
	}

	@Test
	void anUnknownAssetIsSaidNextToThePickerAndKeepsWhatWasTyped() throws Exception {
		mvc.perform(get("/trading").param("asset", "NOPE").with(user(trader)))
			.andExpect(status().isOk())
			.andExpect(model().attributeExists("assetProblem"))
			.andExpect(content().string(containsString("id=\"asset-search-error\"")))
			.andExpect(content().string(containsString("No asset is called &quot;NOPE&quot;")))
			.andExpect(content().string(containsString("value=\"NOPE\"")))
			.andExpect(content().string(containsString("aria-invalid=\"true\"")));
		// no asset asked for: the default, and nothing to complain about
		mvc.perform(get("/trading").with(user(trader)))
			.andExpect(status().isOk())
			.andExpect(model().attributeDoesNotExist("assetProblem"));
	}

	@Test
	void slashTradeIsTheTradePageWithTheQueryKept() throws Exception {
		mvc.perform(get("/trade").param("asset", "ETH").param("side", "sell").with(user(trader)))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/trading?asset=ETH&side=sell"));
		mvc.perform(get("/trade").with(user(trader)))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/trading"));
	}

	@Test
	void theLiveEstimateIsAnHtmxFragment() throws Exception {
		mvc.perform(htmx(form("/trading/preview", "market", "", "900")))
			.andExpect(status().isOk())
			.andExpect(view().name("order/trading :: order-preview"))
			.andExpect(model().attributeExists("preview"))
			.andExpect(content().string(containsString("$900.00")));
	}

	@Test
	void aPlainOrderRedirectsWithAFlashAndPlacesOne() throws Exception {
		mvc.perform(form("/trading/orders", "market", "0.01", ""))
			.andExpect(status().isFound())
			.andExpect(flash().attributeExists("flashSuccess"))
			.andExpect(header().doesNotExist("HX-Trigger"));
		assertThat(module.queries.orders(trader, OrderQuery.latest(10)).totalCount()).isEqualTo(1);
	}

	@Test
	void anHtmxOrderAnswersThePanelAndTellsThePageAnOrderWasPlaced() throws Exception {
		mvc.perform(htmx(form("/trading/orders", "market", "0.01", "")))
			.andExpect(status().isOk())
			.andExpect(header().string("HX-Trigger", "order-placed"))
			.andExpect(model().attributeExists("flashSuccess"))
			// the panel, and the flash message out of band in the same answer
			.andExpect(content().string(containsString("id=\"order-panel\"")))
			.andExpect(content().string(containsString("hx-swap-oob=\"innerHTML\"")));
		assertThat(module.queries.orders(trader, OrderQuery.latest(10)).totalCount()).isEqualTo(1);
	}

	@Test
	void aRefusedOrderStaysOnThePanelWithItsProblemAndTriggersNothing() throws Exception {
		for (boolean htmx : new boolean[] { false, true }) {
			MockHttpServletRequestBuilder request = form("/trading/orders", "market", "0.3", "");
			mvc.perform(htmx ? htmx(request) : request)
				.andExpect(status().isOk())
				.andExpect(model().attributeExists("preview"))
				.andExpect(header().doesNotExist("HX-Trigger"))
				.andExpect(content().string(containsString("over the limit")));
		}
		assertThat(module.queries.orders(trader, OrderQuery.latest(10)).totalCount()).isZero();
	}

	@Test
	void anonymousVisitorsAreSentToSignInAndHtmxReloads() throws Exception {
		mvc.perform(get("/trading"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", containsString("/login")));
		mvc.perform(get("/trading").header("HX-Request", "true")).andExpect(header().string("HX-Refresh", "true"));
	}

	@Test
	void aFormFromASessionThatEndedGoesToSignInAgainAndRemembersThePage() throws Exception {
		MvcResult answer = mvc
			.perform(post("/trading/review").with(csrf().useInvalidToken())
				.with(endedSession())
				.header("Referer", "http://localhost/trading?asset=ETH")
				.param("asset", "ETH")
				.param("side", "buy")
				.param("type", "market")
				.param("quantity", "0.1"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/login?expired"))
			.andReturn();
		assertThat(savedPage(answer)).isEqualTo("/trading?asset=ETH");
	}

	@Test
	void anHtmxRequestFromASessionThatEndedIsAFullRedirectToSignInNotABanner() throws Exception {
		// the live estimate, sent with the stale token of the ended session
		MvcResult answer = mvc
			.perform(htmx(post("/trading/preview").with(csrf().useInvalidToken())
				.with(endedSession())
				.header("HX-Current-URL", "http://localhost/trading?asset=ETH")
				.param("quantity", "0.1")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("HX-Redirect", "/login?expired"))
			.andExpect(content().string(not(containsString("Something went wrong"))))
			.andReturn();
		assertThat(savedPage(answer)).isEqualTo("/trading?asset=ETH");
		// the side panel's poll after the session ended
		mvc.perform(htmx(get("/trading").param("asset", "ETH")).with(endedSession())
			.header("HX-Current-URL", "http://localhost/trading?asset=ETH"))
			.andExpect(header().string("HX-Redirect", "/login?expired"));
	}

	@Test
	void theWayBackIsAlwaysAPathOfThisSite() throws Exception {
		MvcResult answer = mvc
			.perform(post("/trading/review").with(csrf().useInvalidToken())
				.header("Referer", "https://evil.example/trading?asset=ETH"))
			.andExpect(header().string("Location", "/login?expired"))
			.andReturn();
		assertThat(savedPage(answer)).isEqualTo("/trading?asset=ETH");
		answer = mvc.perform(post("/trading/review").with(csrf().useInvalidToken()).header("Referer", "//evil.example"))
			.andExpect(header().string("Location", "/login?expired"))
			.andReturn();
		assertThat(savedPage(answer)).as("the host is dropped, the path kept").isEqualTo("/");
		answer = mvc
			.perform(post("/trading/review").with(csrf().useInvalidToken()).header("Referer", "http://localhost/login"))
			.andReturn();
		assertThat(savedPage(answer)).as("never back to sign-in").isNull();
	}

	@Test
	void aFormWithNoTokenAtAllIsStillRefused() throws Exception {
		mvc.perform(post("/trading/review").with(endedSession()).header("Referer", "http://localhost/trading"))
			.andExpect(status().isForbidden());
	}

	@Test
	void aSignedInUserWithAStaleTokenGetsThePageAgainNotSignIn() throws Exception {
		mvc.perform(post("/trading/review").with(user(trader))
			.with(csrf().useInvalidToken())
			.header("Referer", "http://localhost/trading?asset=ETH"))
			.andExpect(status().isFound())
			.andExpect(header().string("Location", "/trading?asset=ETH"));
	}

	@Test
	void aSignedInUserWithoutTheRoleIsStillRefused() throws Exception {
		mvc.perform(get("/admin/users").with(user(trader))).andExpect(status().isForbidden());
		mvc.perform(htmx(get("/admin/users")).with(user(trader)))
			.andExpect(status().isForbidden())
			.andExpect(header().doesNotExist("HX-Redirect"));
		mvc.perform(post("/admin/users").with(user(trader)).with(csrf())).andExpect(status().isForbidden());
	}

	/** The browser still sends the cookie of a session the server no longer has. */
	private static RequestPostProcessor endedSession() {
		return request -> {
			request.setRequestedSessionId("ended");
			request.setRequestedSessionIdValid(false);
			return request;
		};
	}

	/** The page the answer's way-back cookie names (no new session: see SessionEnded). */
	private static String savedPage(MvcResult answer) {
		assertThat(answer.getRequest().getSession(false)).as("no session made").isNull();
		Cookie wayBack = answer.getResponse().getCookie("way_back");
		return wayBack == null || wayBack.getMaxAge() == 0 ? null
				: URLDecoder.decode(wayBack.getValue(), StandardCharsets.UTF_8);
	}

	private MockHttpServletRequestBuilder form(String path, String type, String quantity, String amount) {
		return post(path).with(user(trader))
			.with(csrf())
			.param("asset", "BTC")
			.param("side", "buy")
			.param("type", type)
			.param("quantity", quantity)
			.param("amount", amount);
	}

	private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
		return request.header("HX-Request", "true");
	}

	/**
	 * The order module on the in-memory store, and what the page uses of it, as beans.
	 */
	static class Services implements BeanRegistrar {

		@Override
		public void register(BeanRegistry registry, Environment environment) {
			OrderModuleOnFakes module = new OrderModuleOnFakes();
			bean(registry, "orderModule", OrderModuleOnFakes.class, module);
			bean(registry, "orderService", OrderService.class, module.orders);
			bean(registry, "orderQueries", OrderQueries.class, module.queries);
			bean(registry, "cashService", CashService.class, module.cash);
			bean(registry, "inventoryService", InventoryService.class, module.inventory);
			bean(registry, "orderRules", OrderRules.class, module.rules);
			bean(registry, "orderFormat", OrderFormat.class, module.format);
			bean(registry, "marketFormat", MarketFormat.class, new MarketFormat());
		}

		private static <T> void bean(BeanRegistry registry, String name, Class<T> type, T instance) {
			registry.registerBean(name, type, spec -> spec.supplier(context -> instance));
		}

	}

}
