package org.sanyi.monitoring;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/** The monitoring pages as each role sees them, within its data scope. */
@IntegrationTest
class IndicatorPagesIT {

	static final String CITY = "R359900";

	static final String COUNTY = "R359921";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCityRegulatorSeesTheReformIndicatorsOfTheCityAndItsCountiesAndDrillsDown() {
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");

		HttpResponse<String> city = wjw.get("/monitoring/indicators?period=2026-10");
		HttpResponse<String> county = wjw.get("/monitoring/indicators?period=2026Q3&area=" + COUNTY);

		assertThat(city.statusCode()).isEqualTo(200);
		assertThat(city.body()).contains("药占比", "医疗服务收入占比", "云岫县", "/monitoring/explain?indicator=drug_ratio");
		assertThat(county.statusCode()).isEqualTo(200);
		assertThat(county.body()).contains("云岫县总医院", "2026Q3");
	}

	@Test
	void aCountyRegulatorAndAHospitalFindNothingOutsideTheirScope() {
		HttpSession county = HttpSession.loggedIn(port, "wjw_county", "Sanyi@2026");
		HttpSession doctor = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");

		assertThat(county.get("/monitoring/indicators?area=" + CITY).statusCode()).isEqualTo(404);
		assertThat(county.get("/monitoring/explain?indicator=drug_ratio&area=" + CITY).statusCode()).isEqualTo(404);
		assertThat(doctor.get("/monitoring/indicators?area=" + COUNTY).statusCode()).isEqualTo(404);
		HttpResponse<String> own = doctor.get("/monitoring/indicators");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("云岫县总医院", "平均住院日").doesNotContain("基层诊疗量占比");
		assertThat(doctor.get("/monitoring/definitions").statusCode()).isEqualTo(403);
	}

	@Test
	void anExplanationShowsNumeratorDenominatorTheirElementsAndTheParts() {
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");

		HttpResponse<String> page = wjw.get("/monitoring/explain?indicator=drug_ratio&area=" + CITY + "&period=2026");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("分子", "分母", "ins.fee", "fee_category=09", "云岫县");
		assertThat(wjw.get("/monitoring/explain?indicator=drug_ratio&period=2026-13").statusCode()).isEqualTo(400);
	}

	@Test
	void theTableExportsToExcel() {
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");

		HttpResponse<byte[]> xlsx = wjw.getBytes("/monitoring/indicators/export?period=2026-10&set=REFORM");

		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
		assertThat(xlsx.body().length).isGreaterThan(1000);
	}

	@Test
	void eachRolesHomePageLoadsItsOwnFigures() {
		assertThat(HttpSession.loggedIn(port, "wjw", "Sanyi@2026").get("/monitoring/home").body()).contains("三医联动监测",
				"药占比", "/monitoring/explain");
		assertThat(HttpSession.loggedIn(port, "ybj", "Sanyi@2026").get("/monitoring/home").body()).contains("医保基金运行",
				"医保基金支出");
		assertThat(HttpSession.loggedIn(port, "ybb", "Sanyi@2026").get("/monitoring/home").body()).contains("本院运行指标",
				"同级医院");
		assertThat(HttpSession.loggedIn(port, "wjw", "Sanyi@2026").get("/").body()).contains("/monitoring/home");
	}

	@Test
	void aProposalWithAnUnknownElementShowsTheColumnOnTheFormAndSavesNothing() {
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		long before = jdbc.sql("select count(*) from mon_indicator").query(Long.class).single();
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", "it_page_ratio");
		form.put("nameZh", "页面测试");
		form.put("nameEn", "Page test");
		form.put("numerator", "#{ins.fee[fee_category=09]}");
		form.put("denominator", "#{ins.fees}");
		form.put("factor", "PERCENT");
		form.put("decimals", "2");
		form.put("direction", "NONE");
		assertThat(wjw.get("/monitoring/definitions/new").statusCode()).isEqualTo(200);

		HttpResponse<String> page = wjw.postForm("/monitoring/definitions", form);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("MON-0002", "分母第 3 列", "ins.fees", "mon-caret");
		assertThat(jdbc.sql("select count(*) from mon_indicator").query(Long.class).single()).isEqualTo(before);
	}

}
