package io.orderprocessor.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A small HTTP client for full-stack tests: keeps cookies like a browser (but follows no
 * redirects), sends JSON, and reads the CSRF token of a page's form.
 */
public final class HttpTestClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient client;

	public HttpTestClient(int port) {
		this("http://127.0.0.1:" + port);
	}

	/** A client of the application at {@code base} (scheme, host and port). */
	public HttpTestClient(String base) {
		this.base = base;
		this.client = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	public HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create(base + path));
	}

	public HttpResponse<String> send(HttpRequest.Builder request) {
		return send(request, HttpResponse.BodyHandlers.ofString());
	}

	/** The body as it came over the wire (a gzip answer stays compressed). */
	public HttpResponse<byte[]> sendForBytes(HttpRequest.Builder request) {
		return send(request, HttpResponse.BodyHandlers.ofByteArray());
	}

	private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
		try {
			return client.send(request.build(), body);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public HttpResponse<String> get(String path) {
		return send(request(path).header("Accept", "text/html"));
	}

	public HttpResponse<String> getJson(String path, String bearerToken) {
		HttpRequest.Builder request = request(path).header("Accept", "application/json");
		if (bearerToken != null) {
			request.header("Authorization", "Bearer " + bearerToken);
		}
		return send(request);
	}

	public HttpResponse<String> postJson(String path, String json) {
		return send(request(path).header("Content-Type", "application/json")
			.header("Accept", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/** Posts JSON as an API client does, with the bearer token when not null. */
	public HttpResponse<String> postJson(String path, String json, String bearerToken) {
		HttpRequest.Builder request = request(path).header("Content-Type", "application/json")
			.header("Accept", "application/json");
		if (bearerToken != null) {
			request.header("Authorization", "Bearer " + bearerToken);
		}
		return send(request.POST(HttpRequest.BodyPublishers.ofString(json)));
	}

	/**
	 * Posts a form as a browser would, with the CSRF token taken from {@code formPage}.
	 */
	public HttpResponse<String> postForm(String formPage, String path, String urlEncodedFields) {
		String token = csrfToken(get(formPage).body());
		return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(urlEncodedFields + "&_csrf=" + token)));
	}

	/**
	 * Signs in through the sign-in form as a browser would; answers the form's response
	 * (a redirect to the dashboard when the credentials are right).
	 */
	public HttpResponse<String> signIn(String username, String password) {
		return postForm("/login", "/login", "username=" + URLEncoder.encode(username, StandardCharsets.UTF_8)
				+ "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8));
	}

	/**
	 * The {@code name=value} of the cookie the response sets (for a {@code Cookie}
	 * header).
	 */
	public static String cookie(HttpResponse<String> response, String name) {
		return response.headers()
			.allValues("Set-Cookie")
			.stream()
			.filter(c -> c.startsWith(name + "="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no " + name + " cookie set"))
			.split(";")[0];
	}

	public static String csrfToken(String html) {
		Matcher matcher = CSRF.matcher(html);
		if (!matcher.find()) {
			throw new IllegalStateException("no CSRF token in the page");
		}
		return matcher.group(1);
	}

}
