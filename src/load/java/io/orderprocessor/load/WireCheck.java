package io.orderprocessor.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.orderprocessor.load.LoadSetup.User;
import io.orderprocessor.support.HttpTestClient;
import io.orderprocessor.support.WireSizes;
import io.orderprocessor.support.WireSizes.Fetch;
import io.orderprocessor.support.WireSizes.View;

/**
 * Issue 12's wire sizes, checked in set-up before any step has changed the users: a
 * signed-in dashboard's first load (the page and every file it links, gzip accepted) for
 * a funded trader (the dashboard draws the value chart) and for a new one (no chart); a
 * second view with the static files cached; and a live refresh of the dashboard's live
 * part and of the bell with the ETag of the answer before (nothing changed: 304). Each
 * becomes a line of the targets section.
 */
final class WireCheck {

	private final String baseUrl;

	WireCheck(String baseUrl) {
		this.baseUrl = baseUrl;
	}

	/** The targets' lines: target | measured | met or not. */
	List<String> measure(User funded, User fresh) {
		WireSizes fundedPages = signedIn(funded);
		View withChart = fundedPages.firstLoad("/dashboard");
		View again = fundedPages.secondView(withChart);
		View withoutChart = signedIn(fresh).firstLoad("/dashboard");
		WireSizes freshPages = signedIn(fresh);
		Fetch live = freshPages.liveRefresh("/dashboard");
		Fetch bell = freshPages.liveRefresh("/notifications/bell");
		List<String> lines = new ArrayList<>();
		lines.add(line("first load ≤ 33 KB: signed-in dashboard with the value chart (a funded trader)",
				files(withChart), withChart.bytes(), WireSizes.FIRST_LOAD_TARGET));
		lines.add(line("first load ≤ 33 KB: signed-in dashboard of a new trader (no chart)", files(withoutChart),
				withoutChart.bytes(), WireSizes.FIRST_LOAD_TARGET));
		lines.add(line("second view ≤ 8 KB: the funded trader's dashboard again, static files cached",
				files(again), again.bytes(), WireSizes.SECOND_VIEW_TARGET));
		lines.add(line("live refresh ≤ 2 KB, nothing changed: the dashboard's live part, with its ETag",
				live.status() + "", live.bytes(), WireSizes.LIVE_REFRESH_TARGET));
		lines.add(line("live refresh ≤ 2 KB, nothing changed: the bell, with its ETag", bell.status() + "",
				bell.bytes(), WireSizes.LIVE_REFRESH_TARGET));
		return lines;
	}

	private WireSizes signedIn(User user) {
		HttpTestClient http = new HttpTestClient(baseUrl);
		int status = http.signIn(user.username(), LoadSetup.PASSWORD).statusCode();
		if (status != 302) {
			throw new IllegalStateException("sign-in of " + user.username() + " answered " + status);
		}
		return new WireSizes(http);
	}

	private static String files(View view) {
		return view.fetches().size() == 1 ? "the page alone" : view.fetches().size() + " answers";
	}

	private static String line(String target, String what, long bytes, long limit) {
		return "| " + target + " | " + kilobytes(bytes) + " (" + what + ") | "
				+ (bytes <= limit ? "met" : "not met (" + kilobytes(bytes - limit) + " over)") + " |";
	}

	private static String kilobytes(long bytes) {
		return String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0);
	}

}
