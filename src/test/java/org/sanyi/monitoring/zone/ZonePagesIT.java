package org.sanyi.monitoring.zone;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.AwaitEvents;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.monitoring.analysis.FigureFormat;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.facts.DataElement.Unit;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 医保数据专区 pages against the facts summed by hand: the flow matrix's total and its largest
 * cross-county cell with the institutions behind it, the fund flows by scheme, the
 * exports, and the data scope.
 */
@IntegrationTest
class ZonePagesIT {

	static final String CITY = "359900";

	static final String MONTH = "2026-10";

	static final LocalDate FIRST = LocalDate.of(2026, 10, 1);

	static final LocalDate LAST = LocalDate.of(2026, 10, 31);

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Registry registry;

	@Test
	void theFlowMatrixSumsTheFeesOfTheCityByInsuredAndTreatingCounty() {
		AwaitEvents.statisticsHistory(jdbc, 24);
		Map<String, String> countyOf = new HashMap<>();
		registry.institutionsUnderRegion(CITY).forEach(i -> countyOf.put(i.code(), i.regionCode().substring(0, 6)));
		Map<String, BigDecimal> cells = new HashMap<>();
		BigDecimal total = BigDecimal.ZERO;
		for (Map<String, Object> row : jdbc.sql("""
				select institution, dims ->> 'person_county' as insured, sum(value) as fees from mon_fact
				where element = 'ins.fee' and day between :f and :l
				  and (institution = any(:i) or dims ->> 'person_county' like '3599%')
				group by 1, 2""")
			.param("f", FIRST)
			.param("l", LAST)
			.param("i", countyOf.keySet().toArray(String[]::new))
			.query()
			.listOfRows()) {
			BigDecimal fees = (BigDecimal) row.get("fees");
			cells.merge(row.get("insured") + ">" + countyOf.get((String) row.get("institution")), fees,
					BigDecimal::add);
			total = total.add(fees);
		}
		Map.Entry<String, BigDecimal> largestCross = cells.entrySet()
			.stream()
			.filter(e -> !e.getKey().split(">")[0].equals(e.getKey().split(">")[1]))
			.max(Map.Entry.comparingByValue())
			.orElseThrow();
		String insured = largestCross.getKey().split(">")[0];
		String treatment = largestCross.getKey().split(">")[1];
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");

		HttpResponse<String> page = wjw.get("/monitoring/zone/flows?period=" + MONTH);
		HttpResponse<String> cell = wjw
			.get("/monitoring/zone/flows?period=" + MONTH + "&insured=" + insured + "&treatment=" + treatment);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(total.signum()).isPositive();
		// the region's total in 万元 (Figures.wanYuan), each cell in yuan
		assertThat(page.body()).contains(FigureFormat.grouped(total.movePointLeft(4), 2) + " 万元",
				">" + FigureFormat.total(largestCross.getValue(), Unit.YUAN) + "<", "data-kind=\"heatmap\"",
				"<th class=\"num\">云岫县</th>", "/monitoring/zone/flows?area=R359921&amp;period=2026-10\">云岫县</a>");
		assertThat(cell.body()).contains(FigureFormat.total(largestCross.getValue(), Unit.YUAN) + " 元");
		BigDecimal institutions = jdbc.sql("""
				select coalesce(sum(value), 0) from mon_fact where element = 'ins.fee' and day between :f and :l
				and dims ->> 'person_county' = :p and institution = any(:i)""")
			.param("f", FIRST)
			.param("l", LAST)
			.param("p", insured)
			.param("i",
					countyOf.entrySet()
						.stream()
						.filter(e -> e.getValue().equals(treatment))
						.map(Map.Entry::getKey)
						.toArray(String[]::new))
			.query(BigDecimal.class)
			.single();
		assertThat(institutions).isEqualByComparingTo(largestCross.getValue());
	}

	@Test
	void fundFlowsBySchemeAreTheFundPaidOfEachInsuranceType() {
		AwaitEvents.statisticsHistory(jdbc, 24);
		List<String> city = registry.institutionsUnderRegion(CITY).stream().map(Institution::code).toList();
		BigDecimal employees = jdbc.sql("""
				select coalesce(sum(value), 0) from mon_fact where element = 'ins.fund_paid' and day between :f and :l
				and dims ->> 'insutype' = '310' and institution = any(:i)""")
			.param("f", FIRST)
			.param("l", LAST)
			.param("i", city.toArray(String[]::new))
			.query(BigDecimal.class)
			.single();
		HttpSession ybj = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");

		HttpResponse<String> page = ybj.get("/monitoring/zone/funds?period=" + MONTH);

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(employees.signum()).isPositive();
		assertThat(page.body()).contains("职工基本医疗保险", FigureFormat.total(employees, Unit.YUAN) + " 元", "按机构级别", "按医联体",
				"本地参保、本地就医");
	}

	@Test
	void theAnalysesExportToExcelAndCsvAndAreAudited() {
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");
		long before = exports();

		HttpResponse<byte[]> xlsx = wjw.getBytes("/monitoring/zone/flows/export?period=" + MONTH);
		HttpResponse<byte[]> csv = wjw.getBytes("/monitoring/zone/funds/export?period=" + MONTH + "&format=csv");

		assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).contains("spreadsheetml");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		assertThat(text).startsWith("\ufeff\"分组方式\",\"分组\",\"基金支付\",\"医疗费用\"").contains("\"按险种\",\"职工基本医疗保险\",\"");
		assertThat(exports()).isEqualTo(before + 2);
	}

	@Test
	void aCountyOfficerSeesItsCountyOnlyAndHospitalStaffNothing() {
		HttpSession county = HttpSession.loggedIn(port, "ybj_county", "Sanyi@2026");
		HttpSession doctor = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");

		assertThat(county.get("/monitoring/zone/flows?area=R" + CITY).statusCode()).isEqualTo(404);
		assertThat(county.get("/monitoring/zone/funds/export?area=R" + CITY + "&period=" + MONTH).statusCode())
			.isEqualTo(404);
		assertThat(county.get("/monitoring/zone/flows?period=" + MONTH).body()).contains("云岫县");
		assertThat(doctor.get("/monitoring/zone/flows").statusCode()).isEqualTo(403);
	}

	private long exports() {
		return jdbc.sql("select count(*) from sec_audit_log where resource = 'monitoring:zone' and action = 'EXPORT'")
			.query(Long.class)
			.single();
	}

}
