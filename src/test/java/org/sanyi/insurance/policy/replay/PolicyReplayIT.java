package org.sanyi.insurance.policy.replay;

import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.InsuranceAdmin.RecordedLine;
import org.sanyi.insurance.InsuranceAdmin.RecordedVisit;
import org.sanyi.insurance.policy.replay.engine.ReplayResult;
import org.sanyi.security.DataScope;
import org.sanyi.security.internal.ApiTokens;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Policy replay on the demo city: the version in force gives back the recorded year to
 * the fen, the demo's draft has its report before review, and a bad value or year is
 * refused with the field named and nothing stored.
 */
@IntegrationTest
class PolicyReplayIT {

	@LocalServerPort
	int port;

	@Autowired
	PolicyReplays replays;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InsuranceAdmin admin;

	private long policy(String code) {
		return jdbc.sql("select id from ins_policy_version where code = :c")
			.param("c", code)
			.query(Long.class)
			.single();
	}

	/**
	 * The standing settlements of the demo year as recorded: count, fund spend, personal
	 * part.
	 */
	private Object[] recorded(String insutype) {
		return jdbc.sql("""
				select count(*), coalesce(sum(fund_pay_sumamt), 0), coalesce(sum(psn_part_amt), 0) from ins_settlement
				where insuplc_admdvs = '359900' and insutype = :t and status = 'SETTLED'
				  and setl_date between '2026-01-01' and '2026-12-31'""")
			.param("t", insutype)
			.query((rs, i) -> new Object[] { rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3) })
			.single();
	}

	@Test
	void replayOfTheVersionInForceGivesBackEveryRecordedSettlementToTheFen() {
		// Both schemes. In the full suite the gateway ITs before this one post and
		// reverse
		// settlements of demo people whose setl_id serials are smaller than the demo's
		// (the
		// node's id block was fetched before the demo's bulk load): read by serial, a
		// reversal came before its settlement and a later visit before earlier ones.
		for (String insutype : new String[] { "310", "390" }) {
			ReplayJob job = replays.runNow(policy("359900-" + insutype + "-2026"), 2026, Map.of(), "admin",
					DataScope.all());
			Object[] recorded = recorded(insutype);

			ReplayResult result = job.result();
			assertThat(job.status()).isEqualTo(ReplayStatus.DONE);
			assertThat(result.settlements()).isEqualTo((long) recorded[0]).isPositive();
			// deductible, fund, personal part, account and cash of every settlement as
			// recorded
			assertThat(result.changedSettlements()).as("settlements that differ").isZero();
			assertThat(result.refusedSettlements()).isZero();
			assertThat(result.total().fundAfter()).isEqualByComparingTo((BigDecimal) recorded[1])
				.isEqualByComparingTo(result.total().fundBefore());
			assertThat(result.total().outOfPocketAfter()).isEqualByComparingTo((BigDecimal) recorded[2]);
			assertThat(result.total().peopleAffected()).isZero();
		}
	}

	/**
	 * A resident's month's supply filled at a pharmacy on a hospital's external
	 * prescription, recorded four times: every line keeps the prescription's number, each
	 * fill is pooled as the gateway pools one (the year's deductible met at the second,
	 * the fund paying from then on), and the replay under the version in force gives
	 * every settlement back to the fen.
	 */
	@Test
	void recordedFillsOfExternalPrescriptionsArePooledAndReplayedToTheFen() {
		NewPerson person = GatewayFixtures.resident("359900");
		admin.enrol(List.of(person));
		String pharmacy = jdbc.sql("select min(fixmedins_code) from ins_settlement where med_type = '41'")
			.query(String.class)
			.single();
		Map<String, BigDecimal> prices = new java.util.HashMap<>();
		admin.catalogue().forEach(i -> prices.put(i.code(), i.referencePrice()));
		List<RecordedVisit> fills = new java.util.ArrayList<>();
		for (int month = 2; month <= 5; month++) {
			LocalDateTime at = LocalDateTime.of(2026, month, 10, 9, 30);
			List<RecordedLine> lines = java.util.stream.Stream.of("XC08CAA001", "XC09CAA001", "XB01ACA001")
				.map(code -> new RecordedLine(code, BigDecimal.valueOf(30), prices.get(code), 30))
				.toList();
			fills.add(new RecordedVisit(pharmacy, person.psnNo(), "390", "41", at, at.plusMinutes(8), List.of(), lines,
					false, null, "CF26%02d10%06d".formatted(month, person.psnNo().hashCode() & 0xFFFF)));
		}
		assertThat(admin.settleRecorded(fills).settled()).isEqualTo(4);

		List<Map<String, Object>> settled = jdbc
			.sql("""
					select s.fund_pay_sumamt, s.psn_cash_pay, s.medfee_sumamt,
					       (select f.setl_proc_info from ins_settlement_fund f where f.setl_id = s.setl_id and f.seq = 1) as pool,
					       (select string_agg(distinct coalesce(l.ext_rxno, '-'), ',') from ins_fee_line l where l.setl_id = s.setl_id) as rx
					from ins_settlement s where s.psn_no = :p order by s.setl_time""")
			.param("p", person.psnNo())
			.query()
			.listOfRows();
		assertThat(settled).hasSize(4);
		for (int i = 0; i < 4; i++) {
			assertThat(settled.get(i).get("rx")).isEqualTo(fills.get(i).externalRx());
			assertThat((String) settled.get(i).get("pool")).doesNotContain("无外配处方");
		}
		assertThat((BigDecimal) settled.get(0).get("fund_pay_sumamt")).as("within the deductible").isZero();
		assertThat((BigDecimal) settled.get(3).get("fund_pay_sumamt")).isPositive();

		ReplayJob job = replays.runNow(policy("359900-390-2026"), 2026, Map.of(), "admin", DataScope.all());
		assertThat(job.status()).isEqualTo(ReplayStatus.DONE);
		assertThat(job.result().changedSettlements()).as("settlements that differ").isZero();
		assertThat(job.result().refusedSettlements()).isZero();
	}

	@Test
	void theDemoDraftIsReplayedOverTheDemoYearBeforeReview() {
		long draft = jdbc.sql("""
				select id from ins_policy_version where region = '359900' and insutype = '390' and status = 'PENDING'
				order by id limit 1""").query(Long.class).single();

		ReplayJob job = replays.latest(draft, DataScope.all()).orElseThrow();

		ReplayResult result = job.result();
		assertThat(job.year()).isEqualTo(2026);
		// the demo's year as it was at start-up (gateway tests may settle more since)
		assertThat(result.settlements()).isPositive().isLessThanOrEqualTo((long) recorded("390")[0]);
		// lower deductible and higher ratios: the fund pays more, the patients less
		assertThat(result.total().fundChange()).isPositive();
		assertThat(result.total().outOfPocketChange()).isNegative();
		assertThat(result.total().peopleAffected()).isPositive().isLessThanOrEqualTo(result.total().people());
		assertThat(result.of(ReplayResult.Dimension.COUNTY)).isNotEmpty()
			.allMatch(f -> f.key().startsWith("3599") && f.key().length() == 6);
		assertThat(result.of(ReplayResult.Dimension.LEVEL)).isNotEmpty();

		var reviewer = HttpSession.loggedIn(port, "ybj_audit", "Sanyi@2026");
		String page = reviewer.get("/insurance/policies/" + draft + "/replay").body();
		assertThat(page).contains("政策模拟").contains("按参保人所在区县").contains("已完成");
	}

	@Test
	void aBadValueOrYearIsRefusedWithTheFieldNamedAndNothingStored() throws Exception {
		long policy = policy("359900-390-2026");
		long runs = jdbc.sql("select count(*) from ins_policy_replay").query(Long.class).single();
		long ybj = jdbc.sql("select id from sec_user where username = 'ybj'").query(Long.class).single();
		String token = tokens.issue(ybj, "replay-it", 1);

		HttpResponse<String> ratio = post(token, policy, "{\"year\": \"2026\", \"values\": {\"r1\": \"150\"}}");
		HttpResponse<String> row = post(token, policy, "{\"year\": \"2026\", \"values\": {\"r99\": \"90\"}}");
		HttpResponse<String> bands = post(token, policy,
				"{\"year\": \"2026\", \"values\": {\"l0\": \"50000:60; 12000:70 | 400000\"}}");
		HttpResponse<String> year = post(token, policy, "{\"year\": \"1800\"}");

		assertThat(ratio.statusCode()).isEqualTo(400);
		assertThat(ratio.body()).contains("INS-0052").contains("r1");
		assertThat(row.body()).contains("INS-0052").contains("r99");
		assertThat(bands.statusCode()).isEqualTo(400);
		assertThat(bands.body()).contains("INS-0052").contains("l0");
		assertThat(year.body()).contains("INS-0052").contains("year");
		assertThat(jdbc.sql("select count(*) from ins_policy_replay").query(Long.class).single()).isEqualTo(runs);

		var page = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		page.get("/insurance/policies/" + policy);
		String refused = page.postForm("/insurance/policies/" + policy + "/replay", Map.of("year", "abc")).body();
		assertThat(refused).contains("INS-0052");
		assertThat(jdbc.sql("select count(*) from ins_policy_replay").query(Long.class).single()).isEqualTo(runs);
	}

	@Test
	void aRunStartedOverRestWithTypedValuesEndsWithItsReport() throws Exception {
		long policy = policy("359900-390-2026");
		long ybj = jdbc.sql("select id from sec_user where username = 'ybj'").query(Long.class).single();
		String token = tokens.issue(ybj, "replay-it", 1);

		HttpResponse<String> started = post(token, policy, "{\"year\": \"2026\", \"values\": {\"r1\": \"95\"}}");

		assertThat(started.statusCode()).isEqualTo(202);
		long id = Long.parseLong(started.body().replaceAll("\\D", ""));
		ReplayJob job = null;
		for (int i = 0; i < 600 && (job == null || job.running()); i++) {
			Thread.sleep(100);
			job = replays.job(id, DataScope.all()).orElseThrow();
		}
		assertThat(job.status()).isEqualTo(ReplayStatus.DONE);
		assertThat(job.overrides()).containsEntry("r1", "95");
		// the inpatient ratio 90 % → 95 %: the fund pays more
		assertThat(job.result().total().fundChange()).isPositive();
		HttpResponse<String> read = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/insurance/replays/" + id))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(read.body()).contains("\"status\":\"DONE\"").contains("fundAfter");
	}

	private HttpResponse<String> post(String token, long policy, String json) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest
				.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/insurance/policies/" + policy + "/replays"))
				.header("Authorization", "Bearer " + token)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

}
