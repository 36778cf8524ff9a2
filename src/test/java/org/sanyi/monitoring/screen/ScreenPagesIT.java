package org.sanyi.monitoring.screen;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.monitoring.analysis.FigureFormat;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.facts.DataElement.Unit;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactHistory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 一屏观医: its live counters against the facts summed by hand, the parts refreshing on their
 * own, and the signed read-only wall link (opens without signing in, audited, refused
 * when tampered with or revoked, issued only within the issuer's scope).
 */
@IntegrationTest
class ScreenPagesIT {

	static final String CITY = "359900";

	static final Pattern TOKEN = Pattern.compile("/monitoring/wall/(\\d+\\.\\d+\\.[A-Za-z0-9_-]{43})");

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Registry registry;

	@Autowired
	FactHistory history;

	@Test
	void todaysCountersAreTheFactsOfTodaySummedOverTheCity() {
		Institution hospital = registry.institutionsUnderRegion(CITY)
			.stream()
			.filter(i -> i.kind().isHospital() && i.grade().level() == 3)
			.findFirst()
			.orElseThrow();
		LocalDate today = PlatformTime.today();
		Map<String, String> dims = Map.of("insutype", "310", "clr_type", "11", "med_type", "11", "person_county",
				"359921");
		history.importReport("it-screen:" + System.nanoTime(), "it-screen",
				List.of(new Fact("ins.settlement.count", hospital.code(), today, dims, new BigDecimal("7")),
						new Fact("ins.visit.count", hospital.code(), today, dims, new BigDecimal("5")),
						new Fact("ins.fund_paid", hospital.code(), today, dims, new BigDecimal("1234.56"))));
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");

		HttpResponse<String> part = wjw.get("/monitoring/screen/part/counters?area=R" + CITY + "&refresh=15");

		assertThat(part.statusCode()).isEqualTo(200);
		assertThat(part.body()).contains(">" + FigureFormat.total(sum("ins.settlement.count", today), Unit.COUNT) + "<",
				">" + FigureFormat.total(sum("ins.fund_paid", today), Unit.YUAN) + " 元<",
				">" + FigureFormat.total(sum("ins.visit.count", today), Unit.COUNT) + "<", "every 15s",
				"hx-get=\"/monitoring/screen/part/counters?area=R359900&amp;refresh=15\"");
		assertThat(sum("ins.settlement.count", today)).isGreaterThanOrEqualTo(new BigDecimal("7"));
	}

	@Test
	void theScreenShowsEveryPartAndEachRefreshesOnItsOwn() {
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");

		HttpResponse<String> page = ybj.get("/monitoring/screen?refresh=20&kiosk=1");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("青溪市 · 一屏观医", "scr-kiosk", "药占比", "区域就医地图", "跨县与异地就医流向", "待处理预警",
				"data-kind=\"graph\"");
		for (String part : ScreenParts.NAMES) {
			assertThat(page.body()).contains("/monitoring/screen/part/" + part + "?area=R359900&amp;refresh=20");
			assertThat(ybj.get("/monitoring/screen/part/" + part + "?area=R359900").statusCode()).isEqualTo(200);
		}
		assertThat(ybj.get("/monitoring/screen/part/nothing?area=R359900").statusCode()).isEqualTo(404);
	}

	@Test
	void aCountyRegulatorSeesOnlyItsCountyAndHospitalStaffNoScreen() {
		HttpSession county = HttpSession.loggedIn(port, "wjw_county", "Sanyi@2026");
		HttpSession doctor = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");

		assertThat(county.get("/monitoring/screen?area=R" + CITY).statusCode()).isEqualTo(404);
		assertThat(county.get("/monitoring/screen").body()).contains("云岫县 · 一屏观医");
		assertThat(doctor.get("/monitoring/screen").statusCode()).isEqualTo(403);
	}

	@Test
	void aWallLinkOpensReadOnlyWithoutSigningInIsAuditedAndStopsWhenRevoked() {
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		wjw.get("/monitoring/screen/links");
		assertThat(wjw.postForm("/monitoring/screen/links", Map.of("area", "R" + CITY, "label", "指挥中心大屏", "days", "7"))
			.statusCode()).isEqualTo(302);
		String token = token(wjw.get("/monitoring/screen/links").body());
		long id = Long.parseLong(token.substring(0, token.indexOf('.')));
		HttpSession wall = new HttpSession(port);

		HttpResponse<String> opened = wall.get("/monitoring/wall/" + token + "?refresh=60");

		assertThat(opened.statusCode()).isEqualTo(200);
		assertThat(opened.body())
			.contains("青溪市 · 一屏观医", "只读大屏", "/monitoring/wall/" + token + "/part/counters?refresh=60")
			.doesNotContain("<form");
		assertThat(wall.get("/monitoring/wall/" + token + "/part/reform").body()).contains("药占比");
		assertThat(jdbc.sql("""
				select count(*) from sec_audit_log
				where resource = 'monitoring:screen-link' and target = :t and action = 'READ' and username is null""")
			.param("t", String.valueOf(id))
			.query(Long.class)
			.single()).isEqualTo(1);
		String forged = token.substring(0, token.length() - 1) + (token.endsWith("A") ? "B" : "A");
		assertThat(wall.get("/monitoring/wall/" + forged).statusCode()).isEqualTo(403);
		assertThat(wall.get("/monitoring/screen").statusCode()).isEqualTo(302);

		assertThat(wjw.postForm("/monitoring/screen/links/" + id + "/revoke", Map.of()).statusCode()).isEqualTo(302);

		assertThat(wall.get("/monitoring/wall/" + token).statusCode()).isEqualTo(403);
		assertThat(wall.get("/monitoring/wall/" + token + "/part/counters").body()).contains("大屏链接已失效");
		assertThat(wjw.get("/monitoring/screen/links").body()).contains("指挥中心大屏", "已吊销");
	}

	@Test
	void aLinkOutsideTheIssuersScopeOrWithABadValidityIsRefusedAndNothingIsStored() {
		HttpSession county = HttpSession.loggedIn(port, "ybj_county", "Sanyi@2026");
		county.get("/monitoring/screen/links");
		long before = jdbc.sql("select count(*) from mon_screen_link").query(Long.class).single();

		county.postForm("/monitoring/screen/links", Map.of("area", "R" + CITY, "label", "越权", "days", "7"));
		String outside = county.get("/monitoring/screen/links").body();
		county.postForm("/monitoring/screen/links", Map.of("area", "R359921", "label", "县大屏", "days", "400"));
		String tooLong = county.get("/monitoring/screen/links").body();

		assertThat(outside).contains("MON-0013");
		assertThat(tooLong).contains("MON-0041");
		assertThat(jdbc.sql("select count(*) from mon_screen_link").query(Long.class).single()).isEqualTo(before);
	}

	/**
	 * The facts of the city's institutions on the day; visits of the medical ones only (a
	 * purchase at a retail pharmacy settles but is no visit).
	 */
	private BigDecimal sum(String element, LocalDate day) {
		List<String> city = registry.institutionsUnderRegion(CITY)
			.stream()
			.filter(i -> !element.equals("ins.visit.count") || i.kind() != Institution.Kind.PHARMACY)
			.map(Institution::code)
			.toList();
		return jdbc.sql(
				"select coalesce(sum(value), 0) from mon_fact where element = :e and day = :d and institution = any(:i)")
			.param("e", element)
			.param("d", day)
			.param("i", city.toArray(String[]::new))
			.query(BigDecimal.class)
			.single();
	}

	private static String token(String page) {
		Matcher m = TOKEN.matcher(page);
		assertThat(m.find()).as("the issued link is shown once").isTrue();
		return m.group(1);
	}

}
