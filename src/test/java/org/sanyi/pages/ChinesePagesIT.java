package org.sanyi.pages;

import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.HtmlUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the pages each demo role reaches from its home page, as a Chinese user clicking
 * through, and fails on what such a user should never meet: an internal code where a
 * label belongs ({@code BASIC}, {@code drg:case}, {@code Filter[…]}, {@code null}, an ISO
 * timestamp, a missing message), or a link that answers 403, 404 or 500. Codes shown as
 * codes ({@code class="code"}: ICD, institution, DRG, code-system codes; object codes
 * only on the pages that list them next to their labels) and a few abbreviations every
 * user knows (DRG, CMI) are allowed.
 */
@IntegrationTest
class ChinesePagesIT {

	/**
	 * Page kinds visited per role (a page kind: the path with its numbers and codes taken
	 * out).
	 */
	private static final int MAX_PAGES = 70;

	private static final Pattern LINK = Pattern.compile("href=\"(/[^\"#]*)\"");

	private static final Set<String> SKIPPED = Set.of("/logout", "/login", "lang=", "/export", "/webjars/", "/css/",
			"/js/", "swagger", "/v3/", "/fhir", "/api/", ".xlsx", ".csv", "/download");

	/** Abbreviations a bureau officer reads as words. */
	private static final Set<String> KNOWN = Set.of("DRG", "CMI", "MDC", "ADRG", "ICD", "FHIR", "CSV", "HIS", "API",
			"DIP", "EMPI", "QR", "SM2", "SM3", "SM4", "IQR", "ID", "PDF", "ZIP", "JSON", "IP");

	private static final Pattern ENUM_NAME = Pattern.compile("^[A-Z][A-Z_]{2,}$");

	/** An internal object code ({@code drg:case}): a label belongs there. */
	private static final Pattern OBJECT_CODE = Pattern.compile("\\b[a-z]+:[a-z][a-z-]+\\b");

	/**
	 * Pages that list object codes on purpose, as codes next to their labels: the
	 * permission codes (权限码) of the roles page, which administrators match against the
	 * catalogues, and the report keys of 数据接收 (the keys the reporting modules give their
	 * reports, e.g. {@code ins:setl:…}), which a support engineer searches for.
	 */
	private static final Set<String> CODE_LISTS = Set.of("/security/roles", "/monitoring/facts");

	private static final List<Pattern> NEVER = List.of(Pattern.compile("\\b[A-Z]\\w*\\[\\w+="),
			Pattern.compile("\\bnull\\b"), Pattern.compile("\\bundefined\\b"), Pattern.compile("\\bNaN\\b"),
			Pattern.compile("\\d{4}-\\d\\d-\\d\\dT\\d\\d:"), Pattern.compile("\\?\\?\\w"),
			Pattern.compile("\\b\\d+ rows\\b"), Pattern.compile("\\bpage \\d+"), Pattern.compile("\\d\\.\\d{2}:\\d"),
			Pattern.compile("–200岁"), Pattern.compile("^(import|system)\\b"));

	/** Roles that see the regulators' analyses. */
	private static final Set<String> REGULATORS = Set.of("admin", "wjw", "ybj");

	/**
	 * Pages a crawl of 70 page kinds may not reach from the home page: visited first for
	 * the regulators.
	 */
	private static final List<String> DEEP_PAGES = List.of("/monitoring/zone/diseases?area=R359900&period=2026",
			"/monitoring/zone/diseases/chapter?area=R359900&period=2026&chapter=09&clr=21",
			"/monitoring/zone/diseases?area=R359900&period=2026&clr=11&county=N&level=level2");

	@LocalServerPort
	int port;

	@ParameterizedTest
	@ValueSource(strings = { "admin", "wjw", "ybj", "ybb", "doctor", "yaoshi", "resident" })
	void pagesOfEveryRoleShowLabelsNotInternalCodesAndEveryLinkOpens(String role) {
		var session = HttpSession.loggedIn(port, role, "Sanyi@2026");
		List<String> problems = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		Deque<String[]> queue = new ArrayDeque<>();
		queue.add(new String[] { "/", "-" });
		if (REGULATORS.contains(role)) {
			DEEP_PAGES.forEach(page -> queue.add(new String[] { page, "-" }));
		}
		while (!queue.isEmpty() && seen.size() < MAX_PAGES) {
			String[] next = queue.poll();
			String path = next[0];
			if (SKIPPED.stream().anyMatch(path::contains) || !seen.add(kind(path))) {
				continue;
			}
			HttpResponse<String> response = session.get(path);
			int status = response.statusCode();
			if (status == 302) {
				String to = response.headers().firstValue("Location").orElse("");
				queue.addFirst(new String[] { to.replaceFirst("^https?://[^/]+", ""), path });
				seen.remove(kind(path));
				continue;
			}
			if (status != 200) {
				problems.add(path + " answers " + status + " (linked from " + next[1] + ")");
				continue;
			}
			if (!response.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
				continue;
			}
			problems.addAll(codesOn(path, response.body()));
			Matcher links = LINK.matcher(response.body());
			while (links.find()) {
				queue.add(new String[] { HtmlUtils.htmlUnescape(links.group(1)), path });
			}
		}
		assertThat(seen.size()).as("pages visited").isGreaterThan(role.equals("resident") ? 4 : 10);
		assertThat(problems).as("what %s meets on %d page kinds", role, seen.size()).isEmpty();
	}

	static List<String> codesOn(String path, String html) {
		Set<String> found = new TreeSet<>();
		for (VisibleText piece : VisibleText.of(html)) {
			String text = piece.text();
			if (!piece.inCode() && ENUM_NAME.matcher(text).matches() && !KNOWN.contains(text)) {
				found.add(text);
			}
			if (OBJECT_CODE.matcher(text).find() && !(piece.inCode() && CODE_LISTS.contains(path))) {
				found.add(text.length() > 80 ? text.substring(0, 80) + "…" : text);
			}
			for (Pattern never : NEVER) {
				if (never.matcher(text).find()) {
					found.add(text.length() > 80 ? text.substring(0, 80) + "…" : text);
				}
			}
		}
		return found.stream().map(text -> path + " shows \"" + text + "\"").toList();
	}

	/**
	 * The page kind: {@code /insurance/policies/4?x=1} and
	 * {@code /insurance/policies/5?x=2} are one kind.
	 */
	private static String kind(String path) {
		String[] parts = path.split("\\?", 2);
		String query = parts.length < 2 ? ""
				: new TreeSet<>(List.of(parts[1].replaceAll("=[^&]*", "").split("&"))).toString();
		return parts[0].replaceAll("[A-Z]*\\d[\\w.-]*", "N") + query.replace("page", "");
	}

}
