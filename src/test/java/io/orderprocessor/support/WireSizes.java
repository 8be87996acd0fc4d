package io.orderprocessor.support;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * What a page costs on the wire (issue 12: a first load within 33 KB, a second view
 * within 8 KB, a live refresh within 2 KB), measured as a browser that accepts gzip would
 * fetch it: the page, then every stylesheet, script and icon it links. A second view
 * fetches the page again and only the files whose first answer did not let a browser keep
 * them (fresh for a while, not {@code no-store} or {@code no-cache}). A live refresh is
 * an htmx GET of a part, sent again with the ETag of the first answer. Bytes are the
 * status line, the headers and the body as received (chunk framing left out). Used by
 * {@code WireSizeTest} and by the load suite.
 */
public final class WireSizes {

	public static final long FIRST_LOAD_TARGET = 33 * 1024;

	public static final long SECOND_VIEW_TARGET = 8 * 1024;

	public static final long LIVE_REFRESH_TARGET = 2 * 1024;

	private static final Pattern LINKED = Pattern.compile("<(?:link|script)\\b[^>]*?\\b(?:href|src)=\"(/[^\"]+)\"");

	/** What charts.js fetches when a chart on demand is first reached. */
	private static final Pattern ON_DEMAND = Pattern.compile("\\bdata-chart-(?:scripts|styles)=\"([^\"]+)\"");

	private static final Pattern MAX_AGE = Pattern.compile("max-age=(\\d+)");

	private final HttpTestClient http;

	public WireSizes(HttpTestClient http) {
		this.http = http;
	}

	/** One answer: what was asked, its status, its bytes on the wire and its headers. */
	public record Fetch(String path, int status, long bytes, Map<String, List<String>> headers) {

		public String header(String name) {
			return headers.entrySet()
				.stream()
				.filter(entry -> entry.getKey().equalsIgnoreCase(name))
				.map(entry -> String.join(", ", entry.getValue()))
				.findFirst()
				.orElse("");
		}

		/** Whether a browser may use this answer again without asking. */
		public boolean keptByBrowser() {
			String cacheControl = header("Cache-Control").toLowerCase(Locale.ROOT);
			Matcher maxAge = MAX_AGE.matcher(cacheControl);
			return !cacheControl.contains("no-store") && !cacheControl.contains("no-cache") && maxAge.find()
					&& Long.parseLong(maxAge.group(1)) > 0;
		}

	}

	/** The answers of one page view. */
	public record View(String page, List<Fetch> fetches) {

		public long bytes() {
			return fetches.stream().mapToLong(Fetch::bytes).sum();
		}

		public Fetch html() {
			return fetches.get(0);
		}

	}

	/** The page and every stylesheet, script and icon it links. */
	public View firstLoad(String page) {
		HttpResponse<byte[]> html = get(page, false, null);
		List<Fetch> fetches = new ArrayList<>();
		fetches.add(fetch(page, html));
		for (String file : linked(text(html))) {
			fetches.add(fetch(file, get(file, false, null)));
		}
		return new View(page, fetches);
	}

	/**
	 * The files a page's chart fetches on demand (uPlot, when the pointer or the keyboard
	 * first reaches the chart), which its first load leaves out.
	 */
	public List<Fetch> onDemand(String page) {
		List<Fetch> fetches = new ArrayList<>();
		Matcher matcher = ON_DEMAND.matcher(text(get(page, false, null)));
		while (matcher.find()) {
			for (String file : matcher.group(1).split(" ")) {
				fetches.add(fetch(file, get(file, false, null)));
			}
		}
		return fetches;
	}

	/** The page again, and of its files only those the first load did not keep. */
	public View secondView(View first) {
		List<Fetch> fetches = new ArrayList<>();
		fetches.add(fetch(first.page(), get(first.page(), false, null)));
		for (Fetch file : first.fetches().subList(1, first.fetches().size())) {
			if (!file.keptByBrowser()) {
				fetches.add(fetch(file.path(), get(file.path(), false, null)));
			}
		}
		return new View(first.page(), fetches);
	}

	/**
	 * A live part's refresh as {@code app.js} sends it: an htmx GET with the ETag of the
	 * answer before it (the first answer here).
	 */
	public Fetch liveRefresh(String part) {
		Fetch first = fetch(part, get(part, true, null));
		String etag = first.header("ETag");
		return fetch(part, get(part, true, etag.isEmpty() ? null : etag));
	}

	/** The stylesheets, scripts and icons a page links, each once, in page order. */
	public static Set<String> linked(String html) {
		Set<String> files = new LinkedHashSet<>();
		Matcher matcher = LINKED.matcher(html);
		while (matcher.find()) {
			files.add(matcher.group(1));
		}
		return files;
	}

	private HttpResponse<byte[]> get(String path, boolean htmx, String etag) {
		HttpRequest.Builder request = http.request(path)
			.version(HttpClient.Version.HTTP_1_1)
			.header("Accept-Encoding", "gzip");
		if (htmx) {
			request.header("HX-Request", "true");
		}
		if (etag != null) {
			request.header("If-None-Match", etag);
		}
		return http.sendForBytes(request);
	}

	private static Fetch fetch(String path, HttpResponse<byte[]> response) {
		long bytes = ("HTTP/1.1 " + response.statusCode() + " \r\n").length() + 2;
		for (Map.Entry<String, List<String>> header : response.headers().map().entrySet()) {
			for (String value : header.getValue()) {
				bytes += header.getKey().length() + 2 + value.length() + 2;
			}
		}
		return new Fetch(path, response.statusCode(), bytes + response.body().length, response.headers().map());
	}

	private static String text(HttpResponse<byte[]> response) {
		try {
			byte[] body = response.body();
			if (response.headers().firstValue("Content-Encoding").orElse("").equalsIgnoreCase("gzip")) {
				try (GZIPInputStream unzipped = new GZIPInputStream(new ByteArrayInputStream(body))) {
					body = unzipped.readAllBytes();
				}
			}
			return new String(body, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
