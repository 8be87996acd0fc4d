package io.orderprocessor.platform.web;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

import io.orderprocessor.order.OrderQueries;
import io.orderprocessor.order.OrderQuery;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.IntegrationTest;
import io.orderprocessor.support.TestPrices;
import io.orderprocessor.user.CashService;
import io.orderprocessor.user.UserAdministration;
import io.orderprocessor.user.UserMother;
import io.orderprocessor.user.UserService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input suite (issue 14): bad values for every operation, parameter and body
 * field of the running application's OpenAPI description, and for every field of every
 * form of its pages (read as a signed-in trader and admin), one bad value at a time with
 * the other fields kept as they were. Asserts no 5xx, no internals in any body, and that
 * a refused request (4xx) changed nothing: the trader's and a throwaway account's
 * balance, orders, holdings and profile, and the number of users, compared around every
 * unsafe request. Seeded: {@code -Dbadinput.seed=N} replays a run; the seed and a summary
 * are printed.
 */
@IntegrationTest
class BadInputSuiteTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Internals that must not reach a body: class names, stack frames, SQL errors. */
	private static final Pattern INTERNALS = Pattern.compile("(?:java|javax|jakarta|org\\.springframework|org\\.apache"
			+ "|org\\.postgresql|tools\\.jackson|com\\.fasterxml|io\\.orderprocessor)\\.[a-z]+\\.[A-Za-z]"
			+ "|[A-Za-z]Exception\\b|\\bat [a-z]+\\.[a-z]+\\.|SQLSTATE|syntax error at or near|\\bPSQL"
			+ "|Caused by:|Whitelabel");

	/** Unsafe operations that would end the suite's own credentials. */
	private static final List<String> SKIPPED_ACTIONS = List.of("/logout", "/api/v1/auth/logout", "/admin/assets/");

	private static final String KNOWN_DEPOSIT = "5000";

	@LocalServerPort
	int port;

	@Autowired
	CashService cash;

	@Autowired
	OrderQueries orders;

	@Autowired
	UserService users;

	@Autowired
	UserAdministration administration;

	@Autowired
	TestPrices prices;

	private final Map<String, Integer> sentByKind = new TreeMap<>();

	private final Map<Integer, Integer> statuses = new TreeMap<>();

	private final List<String> failures = new ArrayList<>();

	private final List<String> acceptedWithChange = new ArrayList<>();

	private int accepted;

	private HttpClient client;

	private String trader;

	private String victim;

	private String traderToken;

	private String adminToken;

	private Random random;

	@Test
	void badInputNeverAnswers5xxShowsNoInternalsAndChangesNothingWhenRefused() throws Exception {
		long seed = Long.getLong("badinput.seed", System.nanoTime());
		System.out.println("BadInputSuiteTest seed=" + seed + " (replay with -Dbadinput.seed=" + seed + ")");
		random = new Random(seed);
		long started = System.nanoTime();
		prices.pin("BTC", "45000.00");
		client = HttpClient.newBuilder()
			.followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(10))
			.build();
		HttpTestClient http = new HttpTestClient(port);
		trader = UserMother.uniqueUsername("fuzz");
		traderToken = UserMother.registeredToken(http, trader);
		victim = UserMother.uniqueUsername("fuzzv");
		UserMother.registeredToken(http, victim);
		assertThat(http
			.send(http.request("/api/v1/balance/deposit")
				.header("Content-Type", "application/json")
				.header("Authorization", "Bearer " + traderToken)
				.POST(HttpRequest.BodyPublishers.ofString("{\"amount\": \"" + KNOWN_DEPOSIT + "\"}")))
			.statusCode()).isEqualTo(201);
		adminToken = UserMother.adminToken(http);

		fuzzApi(http);
		int apiInputs = sentByKind.values().stream().mapToInt(Integer::intValue).sum();
		System.out.println("BadInputSuiteTest: " + apiInputs + " API inputs in "
				+ Duration.ofNanos(System.nanoTime() - started).toSeconds() + " s");
		fuzzPages();

		long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
		int sent = sentByKind.values().stream().mapToInt(Integer::intValue).sum();
		System.out.println("BadInputSuiteTest: " + sent + " bad inputs in " + seconds + " s, seed " + seed);
		System.out.println("  by kind: " + sentByKind);
		System.out.println("  by status: " + statuses);
		System.out
			.println("  accepted (2xx/3xx): " + accepted + ", of which changed state: " + acceptedWithChange.size());
		acceptedWithChange.stream().limit(40).forEach(a -> System.out.println("    accepted: " + a));
		assertThat(sent).isGreaterThanOrEqualTo(1500);
		assertThat(failures).as("5xx, internals or changes from refused requests (seed %d)", seed).isEmpty();
		assertThat(statuses.keySet()).noneMatch(code -> code >= 500);
	}

	// ---- the API, from /v3/api-docs

	private void fuzzApi(HttpTestClient http) throws Exception {
		JsonNode docs = JSON.readTree(http.getJson("/v3/api-docs", null).body());
		JsonNode schemas = docs.path("components").path("schemas");
		// the description names fields as the API reads them (snake_case)
		List<String> camel = new ArrayList<>();
		for (Map.Entry<String, JsonNode> schema : schemas.properties()) {
			for (Map.Entry<String, JsonNode> property : schema.getValue().path("properties").properties()) {
				if (!property.getKey().equals(property.getKey().toLowerCase(Locale.ROOT))) {
					camel.add(schema.getKey() + "." + property.getKey());
				}
			}
		}
		assertThat(camel).as("schema properties not in snake_case").isEmpty();
		List<Operation> operations = new ArrayList<>();
		for (Map.Entry<String, JsonNode> path : docs.path("paths").properties()) {
			for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
				operations.add(operation(path.getKey(), method.getKey().toUpperCase(), method.getValue(), schemas));
			}
		}
		Collections.shuffle(operations, random);
		for (Operation op : operations) {
			if (SKIPPED_ACTIONS.stream().anyMatch(op.path()::startsWith)) {
				continue;
			}
			for (Map.Entry<String, String> param : op.pathParams().entrySet()) {
				for (Bad bad : badPathValues()) {
					Map<String, String> path = new LinkedHashMap<>(op.pathParams());
					path.put(param.getKey(), bad.encoded());
					sendApi(op, path, op.query(), op.body(), bad.kind(), null);
				}
			}
			for (String name : op.query().keySet()) {
				for (Bad bad : badValues()) {
					Map<String, String> query = new LinkedHashMap<>(op.query());
					query.put(name, bad.encoded());
					sendApi(op, op.pathParams(), query, op.body(), bad.kind(), null);
				}
			}
			if (op.body() == null) {
				continue;
			}
			for (String field : op.body().keySet()) {
				for (Bad bad : badValues()) {
					Map<String, Object> body = new LinkedHashMap<>(op.body());
					body.put(field, bad.json());
					sendApi(op, op.pathParams(), op.query(), body, bad.kind(), null);
				}
			}
			for (Map.Entry<String, byte[]> whole : badBodies(op.body()).entrySet()) {
				sendApi(op, op.pathParams(), op.query(), null, whole.getKey(), whole.getValue());
			}
		}
	}

	private Operation operation(String path, String method, JsonNode spec, JsonNode schemas) {
		Map<String, String> pathParams = new LinkedHashMap<>();
		Map<String, String> query = new LinkedHashMap<>();
		for (JsonNode param : spec.path("parameters")) {
			String name = param.path("name").asString();
			String in = param.path("in").asString();
			String good = goodValue(name, param.path("schema").path("type").asString("string"));
			if (in.equals("path")) {
				pathParams.put(name, good);
			}
			else if (in.equals("query")) {
				query.put(name, good);
			}
		}
		Map<String, Object> body = null;
		JsonNode schema = spec.path("requestBody").path("content").path("application/json").path("schema");
		if (!schema.isMissingNode()) {
			JsonNode resolved = resolve(schema, schemas);
			body = new LinkedHashMap<>();
			for (Map.Entry<String, JsonNode> property : resolved.path("properties").properties()) {
				String type = resolve(property.getValue(), schemas).path("type").asString("string");
				String good = goodValue(property.getKey(), type);
				body.put(property.getKey(), type.equals("boolean") ? Boolean.valueOf(good) : good);
			}
		}
		return new Operation(method, path, pathParams, query, body);
	}

	private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
		String ref = schema.path("$ref").asString("");
		return ref.isEmpty() ? schema : schemas.path(ref.substring(ref.lastIndexOf('/') + 1));
	}

	/** A value each field accepts, so one bad field at a time is what is refused. */
	private String goodValue(String name, String type) {
		return switch (name) {
			case "username" -> victim;
			case "order_type" -> "market_buy";
			case "asset_id", "symbol", "assetId" -> "ZZZZ9";
			case "quantity" -> "0.001";
			case "price", "amount", "reference_price" -> "10";
			case "orderId", "order_id" -> "ord_01ARZ3NDEKTSV4RRFFQ69G5FAV";
			case "reason" -> "bad input suite";
			case "limit" -> "10";
			case "offset" -> "0";
			default -> switch (type) {
				case "integer", "number" -> "1";
				case "boolean" -> "false";
				default -> "x";
			};
		};
	}

	private void sendApi(Operation op, Map<String, String> pathParams, Map<String, String> query,
			Map<String, Object> body, String kind, byte[] rawBody) throws Exception {
		String path = op.path();
		for (Map.Entry<String, String> param : pathParams.entrySet()) {
			path = path.replace("{" + param.getKey() + "}", param.getValue());
		}
		StringBuilder uri = new StringBuilder(path);
		String separator = "?";
		for (Map.Entry<String, String> param : query.entrySet()) {
			uri.append(separator).append(param.getKey()).append('=').append(param.getValue());
			separator = "&";
		}
		byte[] content = rawBody != null ? rawBody : body != null ? JSON.writeValueAsBytes(body) : null;
		String contentType = kind.startsWith("content-type:") ? kind.substring("content-type:".length())
				: "application/json";
		String token = path.startsWith("/api/v1/admin/") ? adminToken : traderToken;
		HttpRequest.Builder request;
		try {
			request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + uri))
				.timeout(Duration.ofSeconds(30))
				.header("Accept", "application/json")
				.header("Authorization", "Bearer " + token)
				.method(op.method(), content == null ? HttpRequest.BodyPublishers.noBody()
						: HttpRequest.BodyPublishers.ofByteArray(content));
			if (content != null) {
				request.header("Content-Type", contentType);
			}
		}
		catch (IllegalArgumentException notAUri) {
			count("unsendable", -1);
			return;
		}
		send(op.method() + " " + op.path(), kind, request, !op.method().equals("GET"), detail(body, rawBody));
	}

	private static String detail(Map<String, Object> body, byte[] raw) {
		String text = body != null ? String.valueOf(body) : raw != null ? new String(raw, StandardCharsets.UTF_8) : "";
		return text.length() > 120 ? text.substring(0, 120) + "..." : text;
	}

	// ---- the pages' forms, read with jsoup

	private void fuzzPages() throws Exception {
		HttpTestClient traderPages = UserMother.signedIn(port, trader, UserMother.PASSWORD);
		HttpTestClient adminPages = UserMother.signedInAsAdmin(port);
		HttpTestClient anonymous = new HttpTestClient(port);
		Map<String, HttpTestClient> pages = new LinkedHashMap<>();
		for (String page : List.of("/dashboard", "/account", "/market", "/market/BTC", "/notifications", "/portfolio",
				"/portfolio/BTC", "/profile", "/trading")) {
			pages.put(page, traderPages);
		}
		for (String page : List.of("/admin", "/admin/assets", "/admin/assets/new", "/admin/audit", "/admin/orders",
				"/admin/users", "/admin/users/" + victim, "/admin/users/" + victim + "/lock",
				"/admin/users/" + victim + "/grant-admin")) {
			pages.put(page, adminPages);
		}
		pages.put("/login", anonymous);
		pages.put("/register", anonymous);
		for (Map.Entry<String, HttpTestClient> page : pages.entrySet()) {
			HttpResponse<String> shown = page.getValue().get(page.getKey());
			assertThat(shown.statusCode()).as(page.getKey()).isLessThan(400);
			if (shown.statusCode() != 200) {
				continue;
			}
			Document document = Jsoup.parse(shown.body(), "http://127.0.0.1:" + port);
			for (Element form : document.select("form")) {
				fuzzForm(page.getValue(), page.getKey(), form);
			}
		}
	}

	private void fuzzForm(HttpTestClient browser, String page, Element form) throws Exception {
		String action = form.attr("action").isEmpty() ? page : form.attr("action");
		if (SKIPPED_ACTIONS.stream().anyMatch(action::startsWith)) {
			return;
		}
		boolean post = form.attr("method").equalsIgnoreCase("post");
		Map<String, String> fields = new LinkedHashMap<>();
		for (Element input : form.select("input[name], select[name], textarea[name]")) {
			String type = input.attr("type");
			if ((type.equals("radio") || type.equals("checkbox")) && !input.hasAttr("checked")) {
				fields.putIfAbsent(input.attr("name"), "");
				continue;
			}
			String value = input.tagName().equals("select")
					? input.select("option[selected]").stream().findFirst().orElse(input).attr("value")
					: input.tagName().equals("textarea") ? input.text() : input.attr("value");
			fields.put(input.attr("name"), value);
		}
		for (String field : fields.keySet()) {
			if (field.equals("_csrf")) {
				continue;
			}
			for (Bad bad : pageValues()) {
				Map<String, String> values = new LinkedHashMap<>(fields);
				values.put(field, bad.encoded());
				StringBuilder encoded = new StringBuilder();
				for (Map.Entry<String, String> value : values.entrySet()) {
					String text = value.getKey().equals(field) ? value.getValue()
							: URLEncoder.encode(value.getValue(), StandardCharsets.UTF_8);
					encoded.append(encoded.isEmpty() ? "" : "&").append(value.getKey()).append('=').append(text);
				}
				HttpRequest.Builder request;
				try {
					request = post
							? browser.request(action)
								.header("Content-Type", "application/x-www-form-urlencoded")
								.header("Accept", "text/html")
								.POST(HttpRequest.BodyPublishers.ofString(encoded.toString()))
							: browser.request(action + "?" + encoded).header("Accept", "text/html");
				}
				catch (IllegalArgumentException notAUri) {
					count("unsendable", -1);
					continue;
				}
				sendThrough(browser, (post ? "POST " : "GET ") + action + " [" + field + "]", bad.kind(), request, post,
						field + "=" + abbreviate(bad.encoded()));
			}
		}
	}

	// ---- sending and checking

	private void send(String operation, String kind, HttpRequest.Builder request, boolean unsafe, String detail)
			throws Exception {
		Snapshot before = unsafe ? snapshot() : null;
		HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		check(operation, kind, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8), before,
				detail);
	}

	private void sendThrough(HttpTestClient browser, String operation, String kind, HttpRequest.Builder request,
			boolean unsafe, String detail) {
		Snapshot before = unsafe ? snapshot() : null;
		HttpResponse<String> response = browser.send(request.timeout(Duration.ofSeconds(30)));
		check(operation, kind, response.statusCode(), response.body(), before, detail);
	}

	private void check(String operation, String kind, int status, String body, Snapshot before, String detail) {
		count(kind, status);
		String what = operation + " " + kind + " " + detail + " -> " + status;
		if (status >= 500) {
			failures.add("5xx: " + what);
		}
		// the template-injection value names a class: its own echo (escaped) is no leak
		body = body.replace("T(java.lang.Runtime)", "T(...)").replace("t(java.lang.runtime)", "t(...)");
		if (INTERNALS.matcher(body).find()) {
			failures.add("internals: " + what + ": " + excerpt(body));
		}
		if (status < 400) {
			accepted++;
		}
		if (before != null) {
			Snapshot after = snapshot();
			if (!after.equals(before)) {
				if (status >= 400) {
					failures.add("changed although refused: " + what);
				}
				else {
					acceptedWithChange.add(what);
				}
			}
		}
	}

	private void count(String kind, int status) {
		sentByKind.merge(kind.startsWith("content-type:") ? "wrong content type" : kind, 1, Integer::sum);
		statuses.merge(status, 1, Integer::sum);
	}

	private Snapshot snapshot() {
		SecurityContextHolder.getContext()
			.setAuthentication(new UsernamePasswordAuthenticationToken("demo_admin", null,
					AuthorityUtils.createAuthorityList("ROLE_ADMIN")));
		try {
			return state();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Snapshot state() {
		return new Snapshot(cash.balance(trader).toString(), cash.balance(victim).toString(),
				orders.orders(trader, OrderQuery.latest(50)).orders().toString(), orders.holdings(trader).toString(),
				users.profile(trader).map(Objects::toString).orElse(""),
				users.profile(victim).map(Objects::toString).orElse(""), administration.userCount());
	}

	private static String excerpt(String body) {
		Matcher matcher = INTERNALS.matcher(body);
		int at = matcher.find() ? matcher.start() : 0;
		return body.substring(Math.max(0, at - 60), Math.min(body.length(), at + 100)).replaceAll("\\s+", " ");
	}

	private static String abbreviate(String value) {
		return value.length() > 60 ? value.substring(0, 60) + "...(" + value.length() + ")" : value;
	}

	// ---- the bad values

	/** A bad value: as text for a query or form (URL-encoded) and as a JSON value. */
	record Bad(String kind, String encoded, Object json) {

		static Bad text(String kind, String value) {
			return new Bad(kind, URLEncoder.encode(value, StandardCharsets.UTF_8), value);
		}

	}

	private List<Bad> badValues() {
		List<Bad> values = new ArrayList<>();
		values.add(new Bad("wrong type", "%5B%5D", List.of()));
		values.add(new Bad("wrong type", "true", true));
		values.add(new Bad("wrong type", "%7B%7D", Map.of("a", 1)));
		values.add(new Bad("wrong type", "12", random.nextInt(1000) - 500));
		values.add(Bad.text("huge", "9".repeat(400)));
		values.add(new Bad("huge", "1e400", new BigDecimal("1e400")));
		values.add(Bad.text("negative", "-" + (1 + random.nextInt(1000))));
		values.add(Bad.text("NaN/Infinity", random.nextBoolean() ? "NaN" : "-Infinity"));
		values.add(Bad.text("NaN/Infinity", "Infinity"));
		values.add(Bad.text("60-digit decimal", "0." + "1".repeat(60)));
		values.add(Bad.text("60-digit decimal", "1".repeat(60) + ".5"));
		values.add(Bad.text("empty", ""));
		values.add(new Bad("empty", "+", null));
		values.add(Bad.text("100 KB string", "a".repeat(100 * 1024)));
		values.add(Bad.text("control characters", "a\u0000b\u0007\r\nX-Injected: 1"));
		values.add(Bad.text("bidi characters", "\u202Egnp.exe\u200F"));
		values.add(new Bad("invalid UTF-8", "%C3%28%FF%FE", "\uFFFE\uFFFF"));
		values.add(Bad.text("SQL injection", "' OR '1'='1'; DROP TABLE users;--"));
		values.add(new Bad("NoSQL injection", "%7B%22%24gt%22%3A%22%22%7D", Map.of("$gt", "")));
		values.add(Bad.text("template injection", "[[${7*7}]]"));
		values.add(Bad.text("template injection", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"));
		values.add(Bad.text("markup", "<script>alert(1)</script>"));
		values.add(Bad.text("path traversal", "../../../etc/passwd"));
		return values;
	}

	/**
	 * Pages render whole documents and are slower: each form field gets a seeded half of
	 * the bad values (each kind at least once over a run's fields).
	 */
	private List<Bad> pageValues() {
		List<Bad> values = badValues();
		Collections.shuffle(values, random);
		return values.subList(0, values.size() / 2);
	}

	private List<Bad> badPathValues() {
		return List.of(new Bad("bad path parameter", "%00", null),
				new Bad("bad path parameter", "..%2F..%2Fadmin", null),
				new Bad("bad path parameter", "a".repeat(5000), null),
				new Bad("bad path parameter", "%E2%80%AE" + random.nextInt(100), null),
				new Bad("bad path parameter", "-1", null),
				new Bad("bad path parameter", URLEncoder.encode("' OR 1=1--", StandardCharsets.UTF_8), null),
				new Bad("bad path parameter", "%C3%28", null));
	}

	/** Whole bodies that are wrong as a whole, for every operation that takes one. */
	private Map<String, byte[]> badBodies(Map<String, Object> good) {
		Map<String, byte[]> bodies = new LinkedHashMap<>();
		int depth = 10_000;
		bodies.put("10,000-deep JSON (arrays)",
				("[".repeat(depth) + "]".repeat(depth)).getBytes(StandardCharsets.US_ASCII));
		bodies.put("10,000-deep JSON (objects)",
				("{\"a\":".repeat(depth) + "1" + "}".repeat(depth)).getBytes(StandardCharsets.US_ASCII));
		String json = JSON.writeValueAsString(good);
		Iterator<String> names = good.keySet().iterator();
		if (names.hasNext()) {
			String first = names.next();
			bodies.put("duplicate keys",
					("{\"" + first + "\":\"x\"," + json.substring(1)).getBytes(StandardCharsets.UTF_8));
		}
		bodies.put("malformed JSON", "{\"a\": ".getBytes(StandardCharsets.UTF_8));
		bodies.put("empty", new byte[0]);
		ByteArrayOutputStream invalid = new ByteArrayOutputStream();
		invalid.writeBytes("{\"x\": \"".getBytes(StandardCharsets.UTF_8));
		invalid.writeBytes(new byte[] { (byte) 0xC3, 0x28, (byte) 0xFF });
		invalid.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
		bodies.put("invalid UTF-8", invalid.toByteArray());
		bodies.put("content-type:text/plain", json.getBytes(StandardCharsets.UTF_8));
		bodies.put("content-type:application/xml", "<a>1</a>".getBytes(StandardCharsets.UTF_8));
		bodies.put("content-type:application/x-www-form-urlencoded", "a=1".getBytes(StandardCharsets.UTF_8));
		bodies.put("content-type:application/json; charset=ebcdic", json.getBytes(StandardCharsets.UTF_8));
		return bodies;
	}

	record Operation(String method, String path, Map<String, String> pathParams, Map<String, String> query,
			Map<String, Object> body) {
	}

	record Snapshot(String traderCash, String victimCash, String traderOrders, String traderHoldings,
			String traderProfile, String victimProfile, long users) {
	}

}
