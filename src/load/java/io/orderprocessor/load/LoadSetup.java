package io.orderprocessor.load;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The users of the run, created through the API as a client would: register, sign in for
 * a token, deposit. Each from a client address of its own (the per-address registration
 * limit is the real one).
 */
final class LoadSetup {

	static final String PASSWORD = "Load!Pass2026";

	private static final Pattern TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");

	private static final Pattern STRING_FIELD = Pattern.compile("\"%s\"\\s*:\\s*\"([^\"]*)\"");

	private final String baseUrl;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	LoadSetup(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** A registered, signed-in, funded user. */
	record User(String username, String token) {
	}

	List<User> users(String prefix, int count, String deposit) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<User>> created = new ArrayList<>();
			for (int i = 0; i < count; i++) {
				String username = prefix + i;
				created.add(pool.submit(() -> user(username, deposit)));
			}
			List<User> users = new ArrayList<>();
			for (Future<User> user : created) {
				users.add(user.get());
			}
			return users;
		}
		finally {
			pool.shutdown();
		}
	}

	User user(String username, String deposit) throws IOException, InterruptedException {
		String address = Addresses.next();
		User user = signedUp(username, address);
		expect(201, post("/api/v1/balance/deposit", user.token(), address, "{\"amount\":\"" + deposit + "\"}"));
		return user;
	}

	/** A registered, signed-in user with no cash. */
	User signedUp(String username, String address) throws IOException, InterruptedException {
		expect(201,
				post("/api/v1/auth/register", null, address,
						"{\"username\":\"" + username + "\",\"email\":\"" + username + "@example.com\",\"password\":\""
								+ PASSWORD + "\",\"first_name\":\"Load\",\"last_name\":\"Tester\"}"));
		HttpResponse<String> login = expect(200, post("/api/v1/auth/login", null, address,
				"{\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\"}"));
		Matcher token = TOKEN.matcher(login.body());
		if (!token.find()) {
			throw new IllegalStateException("no token for " + username + ": " + login.body());
		}
		return new User(username, token.group(1));
	}

	/** The user's cash ({@code current_balance}) as the API reports it. */
	BigDecimal cash(User user) throws IOException, InterruptedException {
		return new BigDecimal(field(expect(200, get("/api/v1/balance", user.token())).body(), "current_balance"));
	}

	/** The quantity of one asset the user holds ({@code 0} when none). */
	BigDecimal holding(User user, String asset) throws IOException, InterruptedException {
		HttpResponse<String> answer = get("/api/v1/balance/asset/" + asset, user.token());
		if (answer.statusCode() == 404) {
			return BigDecimal.ZERO;
		}
		return new BigDecimal(field(expect(200, answer).body(), "quantity"));
	}

	static String field(String json, String name) {
		Matcher value = Pattern.compile(String.format(STRING_FIELD.pattern(), Pattern.quote(name))).matcher(json);
		if (!value.find()) {
			throw new IllegalStateException("no \"" + name + "\" in " + json);
		}
		return value.group(1);
	}

	private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("X-Forwarded-For", Addresses.next());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	private HttpResponse<String> post(String path, String token, String address, String json)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
			.timeout(Duration.ofSeconds(30))
			.header("X-Forwarded-For", address)
			.header("Content-Type", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return http.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private static HttpResponse<String> expect(int status, HttpResponse<String> answer) {
		if (answer.statusCode() != status) {
			throw new IllegalStateException(answer.request().method() + " " + answer.request().uri().getPath()
					+ " answered " + answer.statusCode() + ": " + answer.body());
		}
		return answer;
	}

}
