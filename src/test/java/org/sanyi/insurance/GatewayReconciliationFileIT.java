package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.reconciliation.ReconciliationFile;
import org.sanyi.insurance.reconciliation.StatementService.DetailLine;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;
import static org.sanyi.insurance.GatewayFixtures.COUNTY_HOSPITAL;

/**
 * Detail reconciliation by file, the national way (insurance.md §1.6.8): 9101 uploads the
 * HIS's zip, 3202 compares it with the platform's settlements of the day and answers the
 * result file's number, 9102 downloads it; bad files, another institution's file and an
 * expired one are refused and store nothing.
 */
@IntegrationTest
class GatewayReconciliationFileIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	HsaClient his;

	@BeforeEach
	void signIn() {
		his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
	}

	@Test
	void detailReconciliationByFileListsEveryLineWithItsOutcome() throws Exception {
		LocalDate[] month = busiestMonth();
		List<DetailLine> platform = jdbc.sql("""
				select setl_id, mdtrt_id, psn_no, medfee_sumamt, fund_pay_sumamt, acct_pay, refd_setl_flag
				from ins_settlement where fixmedins_code = :i and setl_date between :f and :t order by setl_id
				""")
			.param("i", CITY_HOSPITAL)
			.param("f", month[0])
			.param("t", month[1])
			.query((rs, i) -> new DetailLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBoolean(7) ? "1" : "0"))
			.list();
		assertThat(platform).hasSizeGreaterThanOrEqualTo(3);
		List<DetailLine> hisLines = new ArrayList<>(platform);
		DetailLine notReported = hisLines.removeFirst();
		DetailLine changed = hisLines.removeFirst();
		hisLines.add(new DetailLine(changed.setlId(), changed.visitId(), changed.psnNo(),
				changed.medicalFees().add(new BigDecimal("0.01")), changed.fundTotal(), changed.accountPay(), "0"));
		hisLines.add(new DetailLine("S-NOT-ON-PLATFORM", "M-X", "P-X", new BigDecimal("12.00"), new BigDecimal("10.00"),
				BigDecimal.ZERO.setScale(2), "0"));

		JsonNode uploaded = ok(upload("stmt.zip", ReconciliationFile.writeUpload("stmt", hisLines), CITY_HOSPITAL));
		String fileNo = uploaded.get("file_qury_no").asString();
		assertThat(fileNo).startsWith("F359900");
		assertThat(uploaded.get("line_cnt").asInt()).isEqualTo(hisLines.size());
		assertThat(uploaded.get("dld_endtime").asString()).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");

		JsonNode detail = ok(his.call("3202", Map.of("data", statementData(month, fileNo, platform))));
		assertThat(detail.at("/stmtinfo/stmt_rslt").asString()).isEqualTo("1");
		assertThat(detail.at("/stmtinfo/stmt_rslt_dscr").asString()).isEqualTo("明细不一致 3 笔");
		String resultNo = detail.at("/fileinfo/file_qury_no").asString();
		String resultName = detail.at("/fileinfo/filename").asString();
		assertThat(resultName).isEqualTo("3202_" + CITY_HOSPITAL + "_" + month[0].toString().replace("-", "") + "_"
				+ month[1].toString().replace("-", "") + ".zip");

		JsonNode downloaded = ok(his.call("9102", Map.of("fsDownloadIn",
				Map.of("file_qury_no", resultNo, "filename", resultName, "fixmedins_code", CITY_HOSPITAL))));
		byte[] zip = Base64.getDecoder().decode(downloaded.get("file").asString());
		assertThat(downloaded.at("/fileinfo/size").asInt()).isEqualTo(zip.length);
		Map<String, String[]> result = new LinkedHashMap<>();
		for (String row : unzip(zip).split("\r\n")) {
			String[] f = row.split("\t", -1);
			result.put(f[0], f);
		}
		assertThat(result).hasSize(platform.size() + 1);
		assertThat(result.get(notReported.setlId())[3]).isEqualTo("2");
		assertThat(result.get(changed.setlId())[3]).isEqualTo("3");
		assertThat(result.get(changed.setlId())[4])
			.contains("医疗费总额 机构 " + changed.medicalFees().add(new BigDecimal("0.01")) + " 平台 " + changed.medicalFees());
		assertThat(result.get("S-NOT-ON-PLATFORM")[3]).isEqualTo("1");
		assertThat(result.values().stream().filter(f -> f[3].equals("0")).count()).isEqualTo(platform.size() - 2);
		assertThat(jdbc
			.sql("select stmt_rslt || ' ' || file_qury_no || ' ' || result_file_qury_no from ins_statement "
					+ "where infno = '3202' and result_file_qury_no = :r")
			.param("r", resultNo)
			.query(String.class)
			.single()).isEqualTo("1 " + fileNo + " " + resultNo);
	}

	@Test
	void aFileThatMatchesBalances() {
		LocalDate[] month = busiestMonth();
		List<DetailLine> platform = jdbc.sql("""
				select setl_id, mdtrt_id, psn_no, medfee_sumamt, fund_pay_sumamt, acct_pay, refd_setl_flag
				from ins_settlement where fixmedins_code = :i and setl_date between :f and :t
				""")
			.param("i", CITY_HOSPITAL)
			.param("f", month[0])
			.param("t", month[1])
			.query((rs, i) -> new DetailLine(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4),
					rs.getBigDecimal(5), rs.getBigDecimal(6), rs.getBoolean(7) ? "1" : "0"))
			.list();
		String fileNo = ok(upload("ok.zip", ReconciliationFile.writeUpload("ok", platform), CITY_HOSPITAL))
			.get("file_qury_no")
			.asString();

		JsonNode detail = ok(his.call("3202", Map.of("data", statementData(month, fileNo, platform))));

		assertThat(detail.at("/stmtinfo/stmt_rslt").asString()).isEqualTo("0");
	}

	@Test
	void badFilesWrongInstitutionsAndExpiredFilesAreRefusedAndStoreNothing() {
		long files = files();
		byte[] badLine = "S1\tM1\tP1\t1.00\t1.00\t0.00\t0\nS2\tM2\tP2\tabc\t1.00\t0.00\t0\n".getBytes();
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (var out = new java.util.zip.ZipOutputStream(bytes)) {
			out.putNextEntry(new java.util.zip.ZipEntry("bad.txt"));
			out.write(badLine);
		}
		catch (java.io.IOException ex) {
			throw new IllegalStateException(ex);
		}

		assertRefused(upload("x.zip", "not a zip".getBytes(), CITY_HOSPITAL), "INS-0054");
		assertRefused(upload("bad.zip", bytes.toByteArray(), CITY_HOSPITAL), "INS-0056", "第 2 行", "medfee_sumamt");
		assertRefused(upload("x.zip", ReconciliationFile.writeUpload("x", List.of()), COUNTY_HOSPITAL), "INS-0057");
		assertRefused(upload("x.zip", new byte[710 * 1024], CITY_HOSPITAL), "INS-0055");
		assertThat(files()).isEqualTo(files);

		String fileNo = ok(upload("x.zip", ReconciliationFile.writeUpload("x", List.of()), CITY_HOSPITAL))
			.get("file_qury_no")
			.asString();
		HsaClient county = GatewayFixtures.client(port, COUNTY_HOSPITAL, "云岫县总医院").signIn();
		assertRefused(
				county.call("9102", Map.of("fsDownloadIn",
						Map.of("file_qury_no", fileNo, "filename", "x.zip", "fixmedins_code", COUNTY_HOSPITAL))),
				"INS-0058");
		assertRefused(
				his.call("9102",
						Map.of("fsDownloadIn",
								Map.of("file_qury_no", fileNo, "filename", "y.zip", "fixmedins_code", CITY_HOSPITAL))),
				"INS-0058");
		assertThat(ok(his.call("9102",
				Map.of("fsDownloadIn",
						Map.of("file_qury_no", fileNo, "filename", "x.zip", "fixmedins_code", CITY_HOSPITAL))))
			.get("file")
			.asString()).isNotEmpty();

		jdbc.sql("update ins_file set dld_endtime = now() - interval '1 minute' where file_qury_no = :n")
			.param("n", fileNo)
			.update();
		long statements = jdbc.sql("select count(*) from ins_statement").query(Long.class).single();
		assertRefused(
				his.call("9102",
						Map.of("fsDownloadIn",
								Map.of("file_qury_no", fileNo, "filename", "x.zip", "fixmedins_code", CITY_HOSPITAL))),
				"INS-0059");
		assertRefused(
				his.call("3202", Map.of("data", statementData(
						new LocalDate[] { LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 31) }, fileNo, List.of()))),
				"INS-0059");
		assertThat(jdbc.sql("select count(*) from ins_statement").query(Long.class).single()).isEqualTo(statements);
	}

	private JsonNode upload(String filename, byte[] zip, String declaredInstitution) {
		return his.call("9101", Map.of("fsUploadIn", Map.of("in", Base64.getEncoder().encodeToString(zip), "filename",
				filename, "fixmedins_code", declaredInstitution)));
	}

	private static Map<String, Object> statementData(LocalDate[] period, String fileNo, List<DetailLine> lines) {
		BigDecimal medfee = lines.stream().map(DetailLine::medicalFees).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal fund = lines.stream().map(DetailLine::fundTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
		Map<String, Object> data = new LinkedHashMap<>();
		data.put("setl_optins", "359900");
		data.put("file_qury_no", fileNo);
		data.put("stmt_begndate", period[0].toString());
		data.put("stmt_enddate", period[1].toString());
		data.put("medfee_sumamt", medfee.toPlainString());
		data.put("fund_pay_sumamt", fund.toPlainString());
		data.put("cash_payamt", "0.00");
		data.put("fixmedins_setl_cnt", String.valueOf(lines.size()));
		data.put("refd_setl_flag", "1");
		return data;
	}

	/**
	 * The busiest month of the demo year at the city hospital, as
	 * {@code [first day, last day]}.
	 */
	private LocalDate[] busiestMonth() {
		LocalDate first = jdbc.sql("""
				select date_trunc('month', setl_date)::date from ins_settlement
				where fixmedins_code = :i and setl_date < date '2026-11-01'
				group by 1 order by count(*) desc, 1 limit 1
				""").param("i", CITY_HOSPITAL).query(LocalDate.class).single();
		return new LocalDate[] { first, first.plusMonths(1).minusDays(1) };
	}

	private long files() {
		return jdbc.sql("select count(*) from ins_file").query(Long.class).single();
	}

	private static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer.get("output");
	}

	private static void assertRefused(JsonNode answer, String code, String... mentioned) {
		assertThat(answer.get("infcode").asInt()).isEqualTo(-2);
		assertThat(answer.get("err_msg").asString()).startsWith(code);
		for (String m : mentioned) {
			assertThat(answer.get("err_msg").asString()).contains(m);
		}
	}

	private static String unzip(byte[] zip) throws java.io.IOException {
		try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
			in.getNextEntry();
			return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
		}
	}

}
