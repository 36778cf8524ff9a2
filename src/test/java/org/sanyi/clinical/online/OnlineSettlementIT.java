package org.sanyi.clinical.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.AwaitEvents;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.clinical.online.internal.OnlineFees;
import org.sanyi.clinical.online.internal.OnlineSurveys;
import org.sanyi.clinical.online.internal.OnlineVisit;
import org.sanyi.clinical.online.internal.OnlineVisits;
import org.sanyi.clinical.online.internal.OnlineVisits.Doctor;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.LiveSettlements;
import org.sanyi.insurance.LiveSettlements.OnlineVisitClaim;
import org.sanyi.insurance.LiveSettlements.Settled;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.ErrorCode;
import org.sanyi.shared.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An online follow-up completed with a fee is settled with insurance as 互联网复诊 (med_type
 * 9903) through {@link LiveSettlements}: priced by the policy in force (like general
 * outpatient in the demo city), posted to the ledger, counted by monitoring, shown to the
 * doctor and the resident, idempotent on the visit, refunded once by a reversal, audited;
 * bad input is refused with its code and nothing is saved.
 */
@IntegrationTest
class OnlineSettlementIT {

	static final String RESIDENT = "demo-resident-1";

	static final String COUNTY_HOSPITAL = "H35992100001";

	static final Doctor ZHANG = new Doctor(COUNTY_HOSPITAL, "doctor", "张伟");

	@Autowired
	OnlineVisits visits;

	@Autowired
	LiveSettlements live;

	@Autowired
	OnlineSurveys surveys;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	long count(String sql, Object param) {
		return jdbc.sql(sql).param("p", param).query(Long.class).single();
	}

	static void refused(Runnable action, ErrorCode error) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(error));
	}

	OnlineVisit completed(Instant at) {
		OnlineVisit v = visits.request(RESIDENT, COUNTY_HOSPITAL, "I10.x00", "血压 150/95 mmHg，想调整用药", at);
		visits.accept(v.id(), ZHANG, at.plusSeconds(60));
		visits.start(v.id(), ZHANG, null, at.plusSeconds(120));
		visits.complete(v.id(), ZHANG, "继续服药，低盐饮食，1个月后复查", at.plusSeconds(600));
		return visits.ofResident(v.id(), RESIDENT);
	}

	@Test
	void aCompletedVisitIsSettledAsAnOnlineVisitPostedCountedShownAndRefundedOnce() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(15));
		OnlineVisit v = completed(now);

		OnlineFees.Fee fee = visits.fee(v.id());
		assertThat(fee.insured()).isTrue();
		assertThat(fee.fee()).isEqualByComparingTo("10.00");
		assertThat(fee.medType()).isEqualTo("9903");
		assertThat(fee.fundPay().add(fee.accountPay()).add(fee.cashPay())).isEqualByComparingTo(fee.fee());
		Map<String, Object> s = jdbc
			.sql("""
					select med_type, clr_type, fixmedins_code, medfee_sumamt, fund_pay_sumamt, psn_cash_pay, acct_pay, status
					  from ins_settlement where setl_id = :p""")
			.param("p", fee.settlementId())
			.query()
			.singleRow();
		assertThat(s).containsEntry("med_type", "9903")
			.containsEntry("clr_type", "11")
			.containsEntry("fixmedins_code", COUNTY_HOSPITAL)
			.containsEntry("status", "SETTLED");
		assertThat((BigDecimal) s.get("medfee_sumamt")).isEqualByComparingTo("10.00");
		assertThat((BigDecimal) s.get("fund_pay_sumamt")).isEqualByComparingTo(fee.fundPay());
		// the ledger posted it
		assertThat(count("select count(*) from ins_ledger_entry where txn_id = :p", fee.settlementId())).isPositive();
		assertThat(count(
				"select count(*) from sec_audit_log where resource = 'insurance:live-settlement' " + "and target = :p",
				v.ref()))
			.isEqualTo(1);

		// monitoring counts it like any settlement, under med_type 9903
		AwaitEvents.monitoring(jdbc);
		assertThat(
				count("select count(*) from mon_fact_report where report_key = :p", "ins:setl:" + fee.settlementId()))
			.isEqualTo(1);
		assertThat(count(
				"select count(*) from mon_fact f join mon_fact_report r on r.id = f.report_id "
						+ "where r.report_key = :p and f.dims ->> 'med_type' = '9903'",
				"ins:setl:" + fee.settlementId()))
			.isPositive();

		// the doctor and the resident see how it was paid
		HttpSession doctor = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");
		assertThat(doctor.get("/online/" + v.id()).body()).contains("医保结算（互联网复诊）").contains("10.00 元");
		HttpSession resident = HttpSession.loggedIn(port, "resident", "Sanyi@2026");
		assertThat(resident.get("/portal/online/" + v.id()).body()).contains("医保结算（互联网复诊）");

		// idempotent on the visit: the same claim again settles nothing
		long settlements = count("select count(*) from ins_settlement where psn_no = :p",
				fee.settlementId() == null ? ""
						: jdbc.sql("select psn_no from ins_settlement where setl_id = :s")
							.param("s", fee.settlementId())
							.query(String.class)
							.single());
		Settled again = live.settleOnlineVisit(new OnlineVisitClaim(v.ref(), RESIDENT, COUNTY_HOSPITAL, "I10.x00",
				"高血压", "张伟", new BigDecimal("10.00"), LocalDateTime.now(PlatformTime.zone()), "doctor"));
		assertThat(again.settlementId()).isEqualTo(fee.settlementId());
		assertThat(count("select count(*) from ins_settlement where psn_no = :p", again.psnNo()))
			.isEqualTo(settlements);
		refused(() -> live.settleOnlineVisit(new OnlineVisitClaim(v.ref(), RESIDENT, COUNTY_HOSPITAL, "I10.x00", "高血压",
				"张伟", new BigDecimal("25.00"), LocalDateTime.now(PlatformTime.zone()), "doctor")),
				InsuranceErrors.LIVE_KEY_REUSED);

		// the refund reverses the settlement once
		refused(() -> visits.refundFee(v.id(), ZHANG, " ", Instant.now()), OnlineErrors.INVALID_TEXT);
		visits.refundFee(v.id(), ZHANG, "患者未能完成视频问诊，退诊查费", Instant.now());
		OnlineFees.Fee refunded = visits.fee(v.id());
		assertThat(refunded.refunded()).isTrue();
		Settled reversed = live.find(v.ref()).orElseThrow();
		assertThat(reversed.reversed()).isTrue();
		assertThat(jdbc.sql("select status from ins_settlement where setl_id = :p")
			.param("p", fee.settlementId())
			.query(String.class)
			.single()).isEqualTo("REVERSED");
		refused(() -> visits.refundFee(v.id(), ZHANG, "再次退费", Instant.now()), OnlineErrors.NO_FEE_TO_REFUND);
		assertThat(live.reverse(v.ref(), "再次退费", "doctor").reversalId()).isEqualTo(reversed.reversalId());
		AwaitEvents.monitoring(jdbc);
		assertThat(count("select count(*) from mon_fact_report where report_key = :p",
				"ins:setl:" + reversed.reversalId()))
			.isEqualTo(1);
	}

	@Test
	void theResidentRatesHerOwnCompletedVisitOnceAndTheFactsReachMonitoring() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS).minus(Duration.ofMinutes(30));
		OnlineVisit done = completed(now);
		OnlineVisit open = visits.request(RESIDENT, COUNTY_HOSPITAL, "I10.x00", "头晕", now);
		long responses = count("select count(*) from ol_survey_response where resident_id = :p", RESIDENT);

		// not completed, another's, a missing or out-of-range score: refused, nothing
		// saved
		refused(() -> surveys.submit(RESIDENT, open.id(), Map.of(), null, Instant.now()), OnlineErrors.SURVEY_NOT_OPEN);
		assertThatThrownBy(() -> surveys.submit("demo-resident-2", done.id(), Map.of(), null, Instant.now()))
			.isInstanceOf(BusinessException.class);
		refused(() -> surveys.submit(RESIDENT, done.id(), Map.of("WAIT", 5), null, Instant.now()),
				OnlineErrors.INVALID_SURVEY);
		refused(() -> surveys.submit(RESIDENT, done.id(), Map.of("WAIT", 6, "DOCTOR", 5, "ENV", 5, "OVERALL", 5), null,
				Instant.now()), OnlineErrors.INVALID_SURVEY);
		assertThat(count("select count(*) from ol_survey_response where resident_id = :p", RESIDENT))
			.isEqualTo(responses);

		// on the phone: the form, then the answer
		HttpSession resident = HttpSession.loggedIn(port, "resident", "Sanyi@2026");
		String page = resident.get("/portal/online/" + done.id()).body();
		assertThat(page).contains("submit-survey").contains("本次就诊总体满意度");
		assertThat(resident
			.postForm("/portal/online/" + done.id() + "/survey",
					Map.of("q_WAIT", "4", "q_DOCTOR", "5", "q_ENV", "5", "q_OVERALL", "5", "comment", "医生很耐心"))
			.statusCode()).isEqualTo(302);
		assertThat(resident.get("/portal/online/" + done.id()).body()).contains("已评价").doesNotContain("submit-survey");
		long id = jdbc.sql("select id from ol_survey_response where visit_id = :p and satisfied")
			.param("p", done.id())
			.query(Long.class)
			.single();
		refused(() -> surveys.submit(RESIDENT, done.id(), Map.of("WAIT", 5, "DOCTOR", 5, "ENV", 5, "OVERALL", 5), null,
				Instant.now()), OnlineErrors.SURVEY_NOT_OPEN);
		AwaitEvents.monitoring(jdbc);
		assertThat(count("select count(*) from mon_fact f join mon_fact_report r on r.id = f.report_id "
				+ "where r.report_key = :p and f.element in ('clinical.survey.responses', 'clinical.survey.satisfied')",
				"ol:survey:" + id))
			.isEqualTo(2);
	}

	@Test
	void badClaimsAreRefusedWithTheirCodeAndNothingIsSaved() {
		long before = count("select count(*) from ins_live_settlement where fixmedins_code = :p", COUNTY_HOSPITAL);
		long visitsBefore = count("select count(*) from ins_visit where fixmedins_code = :p", COUNTY_HOSPITAL);
		LocalDateTime now = LocalDateTime.now(PlatformTime.zone());

		refused(() -> live.settleOnlineVisit(new OnlineVisitClaim("OL-BAD-1", RESIDENT, COUNTY_HOSPITAL, "I10.x00",
				"高血压", "张伟", new BigDecimal("-10.00"), now, "doctor")), InsuranceErrors.LIVE_INVALID);
		refused(() -> live.settleOnlineVisit(new OnlineVisitClaim("OL-BAD-2", RESIDENT, COUNTY_HOSPITAL, "I10.x00",
				"高血压", "张伟", new BigDecimal("10.001"), now, "doctor")), InsuranceErrors.LIVE_INVALID);
		refused(() -> live.settleOnlineVisit(new OnlineVisitClaim(" ", RESIDENT, COUNTY_HOSPITAL, "I10.x00", "高血压",
				"张伟", new BigDecimal("10.00"), now, "doctor")), InsuranceErrors.LIVE_INVALID);
		refused(() -> live.settleOnlineVisit(new OnlineVisitClaim("OL-BAD-3", RESIDENT, "H00000000000", "I10.x00",
				"高血压", "张伟", new BigDecimal("10.00"), now, "doctor")), InsuranceErrors.LIVE_INSTITUTION_UNKNOWN);
		refused(() -> live.settleOnlineVisit(new OnlineVisitClaim("OL-BAD-4", "no-such-resident", COUNTY_HOSPITAL,
				"I10.x00", "高血压", "张伟", new BigDecimal("10.00"), now, "doctor")), InsuranceErrors.LIVE_NOT_INSURED);
		refused(() -> live.reverse("OL-NEVER", "退费", "doctor"), InsuranceErrors.LIVE_NOT_FOUND);

		assertThat(live.covers(RESIDENT, now.toLocalDate())).isTrue();
		assertThat(live.covers("no-such-resident", now.toLocalDate())).isFalse();
		assertThat(count("select count(*) from ins_live_settlement where fixmedins_code = :p", COUNTY_HOSPITAL))
			.isEqualTo(before);
		assertThat(count("select count(*) from ins_visit where fixmedins_code = :p", COUNTY_HOSPITAL))
			.isEqualTo(visitsBefore);
	}

	@Test
	void theDemoHasOnlineVisitsSettledAsOnlineVisitsThatAddUp() {
		assertThat(jdbc.sql("select count(*) from ol_visit_fee where payment = 'INSURED'").query(Long.class).single())
			.isPositive();
		// every insured fee is a standing 9903 settlement of the same amount and split
		assertThat(jdbc
			.sql("""
					select count(*) from ol_visit_fee f
					  left join ins_settlement s on s.setl_id = f.setl_id
					 where f.payment = 'INSURED' and f.refunded_at is null
					   and (s.setl_id is null or s.med_type <> '9903' or s.status <> 'SETTLED' or s.medfee_sumamt <> f.fee
					        or s.fund_pay_sumamt <> f.fund_pay or s.acct_pay <> f.account_pay or s.psn_cash_pay <> f.cash_pay)""")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc
			.sql("select count(*) from ol_visit v where v.status = 'COMPLETED' and not exists "
					+ "(select 1 from ol_visit_fee f where f.visit_id = v.id)")
			.query(Long.class)
			.single()).isZero();
	}

}
