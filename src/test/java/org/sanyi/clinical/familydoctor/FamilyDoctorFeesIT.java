package org.sanyi.clinical.familydoctor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.math.BigDecimal;
import java.time.Instant;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.clinical.familydoctor.engine.ContractRefund;
import org.sanyi.clinical.familydoctor.engine.TerminationReason;
import org.sanyi.clinical.familydoctor.internal.ContractFees;
import org.sanyi.clinical.familydoctor.internal.ContractService;
import org.sanyi.clinical.familydoctor.internal.ContractService.Actor;
import org.sanyi.clinical.familydoctor.internal.ContractService.SignRequest;
import org.sanyi.clinical.familydoctor.internal.PublicHealthPayables;
import org.sanyi.insurance.FundAdjustments;
import org.sanyi.shared.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A contract's signing fee is collected as its packages split it (the resident's part
 * through the payment port, the insurance fund's as a ledger payout to the centre, the
 * public-health part recorded) and, on early termination, given back pro rata once (a
 * refund and a fund deduction); the demo county's collections add up to its contracts.
 */
@IntegrationTest
class FamilyDoctorFeesIT {

	static final String CENTRE = "H35992100011";

	@Autowired
	ContractService contracts;

	@Autowired
	FundAdjustments funds;

	@Autowired
	PublicHealthPayables payables;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	/** A contract's payable line: team, institution, month and amount. */
	String payable(long contract, String kind) {
		return jdbc.sql("""
				select team_id || ' ' || institution_code || ' ' || period || ' ' || amount
				  from fd_public_health_payable where contract_id = :c and kind = :k""")
			.param("c", contract)
			.param("k", kind)
			.query(String.class)
			.single();
	}

	BigDecimal packagesTotal(String... codes) {
		return jdbc
			.sql("select sum(price + insurance_pays + public_health_pays) from fd_package where code in (:codes)")
			.param("codes", List.of(codes))
			.query(BigDecimal.class)
			.single();
	}

	String uncontracted() {
		return jdbc.sql("""
				select resident_id from idn_resident r
				 where status = 'ACTIVE' and birth_date < current_date - interval '20 years'
				   and birth_date > current_date - interval '60 years'
				   and not exists (select 1 from fd_contract c where c.resident_id = r.resident_id)
				   and not exists (select 1 from fd_register g where g.resident_id = r.resident_id)
				 order by resident_id desc limit 1""").query(String.class).single();
	}

	long team() {
		return jdbc.sql("select id from fd_team where institution_code = :c order by id limit 1")
			.param("c", CENTRE)
			.query(Long.class)
			.single();
	}

	@Test
	void theFeeIsCollectedAsSplitAndTheUnusedPartGoesBackOnceOnTermination() {
		String resident = uncontracted();
		LocalDate today = PlatformTime.today();
		var c = contracts.sign(new SignRequest(resident, team(), List.of("JB-2026", "GX-MB"), List.of(), today),
				Actor.team(CENTRE, "王医生"), Instant.now());

		// JB-2026: fund 50, public health 70; GX-MB: resident 120, fund 30
		ContractFees.Collection paid = contracts.fees(c.id()).orElseThrow();
		assertThat(paid.resident()).isEqualByComparingTo("120.00").isEqualByComparingTo(c.fee());
		assertThat(paid.insurance()).isEqualByComparingTo("80.00").isEqualByComparingTo(c.insurancePays());
		assertThat(paid.publicHealth()).isEqualByComparingTo("70.00");
		assertThat(paid.paymentRef()).startsWith("TP");
		FundAdjustments.Adjustment payout = funds.find("FD-SIGN-" + c.id()).orElseThrow();
		assertThat(payout.kind()).isEqualTo(FundAdjustments.Kind.PAYOUT);
		assertThat(payout.amount()).isEqualByComparingTo("80.00");
		assertThat(payout.institutionCode()).isEqualTo(CENTRE);
		assertThat(payout.fundPayType()).isEqualTo("390100");
		// the three shares are the packages' fee exactly (fen), and the public-health
		// share is owed to the centre's team for the month
		assertThat(paid.resident().add(paid.insurance()).add(paid.publicHealth())).isEqualByComparingTo(c.total())
			.isEqualByComparingTo(packagesTotal("JB-2026", "GX-MB"));
		String month = PublicHealthPayables.period(PlatformTime.today());
		assertThat(payable(c.id(), "SIGN")).isEqualTo(c.teamId() + " " + CENTRE + " " + month + " 70.00");

		Instant at = Instant.now();
		contracts.terminate(c.id(), TerminationReason.MOVED, null, Actor.team(CENTRE, "王医生"), at);

		ContractFees.Collection back = contracts.fees(c.id()).orElseThrow();
		ContractRefund expected = ContractRefund.of(c.startsOn(), c.endsOn(),
				LocalDate.ofInstant(at, PlatformTime.zone()), paid.resident(), paid.insurance(), paid.publicHealth());
		assertThat(back.refunded()).isTrue();
		assertThat(back.refundResident()).isEqualByComparingTo(expected.resident()).isPositive();
		assertThat(back.refundInsurance()).isEqualByComparingTo(expected.insurance()).isPositive();
		assertThat(back.refundPublicHealth()).isEqualByComparingTo(expected.publicHealth());
		assertThat(back.refundRef()).startsWith("TR");
		// the refund is the whole fee's pro rata, its shares add up to it to the fen, and
		// the public-health share comes off the month's payable
		assertThat(back.refundResident().add(back.refundInsurance()).add(back.refundPublicHealth()))
			.isEqualByComparingTo(c.total()
				.multiply(BigDecimal.valueOf(expected.unusedDays()))
				.divide(BigDecimal.valueOf(expected.termDays()), 2, RoundingMode.HALF_UP));
		assertThat(payable(c.id(), "REFUND")).isEqualTo(
				c.teamId() + " " + CENTRE + " " + month + " -" + expected.publicHealth().setScale(2).toPlainString());
		assertThat(jdbc.sql("select sum(amount) from fd_public_health_payable where contract_id = :c")
			.param("c", c.id())
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo(paid.publicHealth().subtract(expected.publicHealth()));
		FundAdjustments.Adjustment deduction = funds.find("FD-END-" + c.id()).orElseThrow();
		assertThat(deduction.kind()).isEqualTo(FundAdjustments.Kind.DEDUCTION);
		assertThat(deduction.amount()).isEqualByComparingTo(expected.insurance());
		// the ledger: what the fund owes the centre for this contract is what it served
		assertThat(payout.amount().subtract(deduction.amount()))
			.isEqualByComparingTo(paid.insurance().subtract(expected.insurance()));
	}

	@Test
	void theCountySeesWhatThePublicHealthFundOwesItsTeamsAndOthersSeeOnlyTheirOwn() {
		String resident = uncontracted();
		var c = contracts.sign(new SignRequest(resident, team(), List.of("JB-2026"), List.of(), PlatformTime.today()),
				Actor.team(CENTRE, "王医生"), Instant.now());
		int year = PlatformTime.today().getYear();
		BigDecimal owed = jdbc.sql("""
				select sum(p.amount) from fd_public_health_payable p
				 where p.team_id = :t and p.period = :m""")
			.param("t", c.teamId())
			.param("m", PublicHealthPayables.period(PlatformTime.today()))
			.query(BigDecimal.class)
			.single();
		assertThat(owed).isGreaterThanOrEqualTo(new BigDecimal("70.00"));

		HttpSession county = HttpSession.loggedIn(port, "wjw_county", "Sanyi@2026");
		var page = county.get("/familydoctor/contracts/public-health?year=" + year);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("基本公卫经费应付", "应拨付（元）", c.teamName(), c.institutionName(),
				String.format(java.util.Locale.ROOT, "%,.2f", owed));
		// a team sees its own institution's dues, a doctor elsewhere none of this centre,
		// a resident nothing
		assertThat(HttpSession.loggedIn(port, "jtys", "Sanyi@2026").get("/familydoctor/contracts/public-health").body())
			.contains(c.teamName());
		assertThat(
				HttpSession.loggedIn(port, "doctor", "Sanyi@2026").get("/familydoctor/contracts/public-health").body())
			.doesNotContain(c.institutionName());
		assertThat(HttpSession.loggedIn(port, "resident", "Sanyi@2026")
			.get("/familydoctor/contracts/public-health")
			.statusCode()).isEqualTo(403);
		// an unknown year shows this year
		assertThat(county.get("/familydoctor/contracts/public-health?year=1900").body())
			.contains("<option value=\"" + year + "\" selected");
	}

	/**
	 * 拨付: the county commission records what the public-health fund paid a team for a
	 * month, never above what is still to pay; a replayed voucher, an amount too high or
	 * malformed, a date in the future, a team outside the caller's county and a team
	 * doctor are refused, and nothing is stored.
	 */
	@Test
	void theCountyRecordsPaymentsToATeamNeverAboveWhatIsStillToPay() {
		var c = contracts.sign(
				new SignRequest(uncontracted(), team(), List.of("JB-2026"), List.of(), PlatformTime.today()),
				Actor.team(CENTRE, "王医生"), Instant.now());
		String month = PublicHealthPayables.period(PlatformTime.today());
		int year = PlatformTime.today().getYear();
		HttpSession county = HttpSession.loggedIn(port, "wjw_county", "Sanyi@2026");
		String page = county.get("/familydoctor/contracts/public-health?year=" + year).body();
		assertThat(page).contains("登记拨付", "未拨付（元）", c.teamId() + ":" + month);
		BigDecimal before = outstanding(c.teamId(), month);
		assertThat(before).isGreaterThanOrEqualTo(new BigDecimal("70.00"));
		String voucher = "GW" + System.nanoTime() % 1_000_000_000L;

		assertThat(disburse(county, c.teamId() + ":" + month, "50.00", PlatformTime.today().toString(), voucher)
			.statusCode()).isEqualTo(302);
		String done = county.get("/familydoctor/contracts/public-health?year=" + year).body();
		assertThat(done).contains("已登记拨付 50.00 元");
		assertThat(outstanding(c.teamId(), month)).isEqualByComparingTo(before.subtract(new BigDecimal("50.00")));
		assertThat(jdbc.sql("select recorded_by from fd_public_health_disbursement where voucher_no = :v")
			.param("v", voucher)
			.query(String.class)
			.single()).isEqualTo("wjw_county");

		// refused, nothing stored
		long stored = jdbc.sql("select count(*) from fd_public_health_disbursement").query(Long.class).single();
		assertThat(refusal(county, c.teamId() + ":" + month, "1.00", PlatformTime.today().toString(), voucher))
			.contains("FD-0024");
		String tooMuch = before.subtract(new BigDecimal("50.00")).add(new BigDecimal("0.01")).toPlainString();
		assertThat(refusal(county, c.teamId() + ":" + month, tooMuch, PlatformTime.today().toString(), voucher + "B"))
			.contains("FD-0023");
		assertThat(refusal(county, c.teamId() + ":" + month, "十元", PlatformTime.today().toString(), voucher + "C"))
			.contains("FD-0022", "金额（元）");
		assertThat(refusal(county, c.teamId() + ":" + month, "1.005", PlatformTime.today().toString(), voucher + "D"))
			.contains("FD-0022", "金额（元）");
		assertThat(refusal(county, c.teamId() + ":" + month, "1.00", PlatformTime.today().plusDays(1).toString(),
				voucher + "E"))
			.contains("FD-0022", "拨付日期");
		assertThat(refusal(county, c.teamId() + ":" + month, "1.00", PlatformTime.today().toString(), " "))
			.contains("FD-0022", "付款凭证号");
		assertThat(refusal(county, c.teamId() + ":2099-01", "1.00", PlatformTime.today().toString(), voucher + "F"))
			.contains("FD-0022", "月份");
		assertThat(jdbc.sql("select count(*) from fd_public_health_disbursement").query(Long.class).single())
			.isEqualTo(stored);
		// another county's bureau does not see the team; a team doctor may not record
		assertThat(catchThrowable(() -> payables.disburse(org.sanyi.security.DataScope.region("359922"), c.teamId(),
				month, BigDecimal.ONE, PlatformTime.today(), voucher + "G", "wjw_other", Instant.now())))
			.isInstanceOfSatisfying(org.sanyi.shared.BusinessException.class,
					ex -> assertThat(ex.error().code()).isEqualTo("FD-0018"));
		HttpSession doctor = HttpSession.loggedIn(port, "jtys", "Sanyi@2026");
		doctor.get("/familydoctor/contracts/public-health");
		assertThat(disburse(doctor, c.teamId() + ":" + month, "1.00", PlatformTime.today().toString(), voucher + "H")
			.statusCode()).isEqualTo(403);
		assertThat(jdbc.sql("select count(*) from fd_public_health_disbursement").query(Long.class).single())
			.isEqualTo(stored);
	}

	private BigDecimal outstanding(long team, String month) {
		return jdbc
			.sql("""
					select coalesce((select sum(amount) from fd_public_health_payable where team_id = :t and period = :m), 0)
					     - coalesce((select sum(amount) from fd_public_health_disbursement where team_id = :t and period = :m), 0)""")
			.param("t", team)
			.param("m", month)
			.query(BigDecimal.class)
			.single();
	}

	private static java.net.http.HttpResponse<String> disburse(HttpSession s, String teamMonth, String amount,
			String paidOn, String voucher) {
		return s.postForm("/familydoctor/contracts/public-health/disbursements",
				java.util.Map.of("teamMonth", teamMonth, "amount", amount, "paidOn", paidOn, "voucherNo", voucher));
	}

	/** The refusal the page shows after the post. */
	private static String refusal(HttpSession s, String teamMonth, String amount, String paidOn, String voucher) {
		assertThat(disburse(s, teamMonth, amount, paidOn, voucher).statusCode()).isEqualTo(302);
		String html = s.get("/familydoctor/contracts/public-health").body();
		int at = html.indexOf("id=\"ph-error\"");
		assertThat(at).as("a refusal is shown").isPositive();
		return html.substring(at, html.indexOf("</div>", at));
	}

	@Test
	void theDemoCountysCollectionsAddUpToItsContractsAndTheLedger() {
		assertThat(jdbc.sql("select count(*) from fd_contract_payment").query(Long.class).single()).isPositive();
		// every contract was collected as its split says
		assertThat(jdbc.sql("""
				select count(*) from fd_contract c left join fd_contract_payment p on p.contract_id = c.id
				 where p.contract_id is null or p.resident_pays <> c.fee or p.insurance_pays <> c.insurance_pays
				    or p.public_health_pays <> c.public_health_pays""").query(Long.class).single()).isZero();
		BigDecimal collected = jdbc.sql("select coalesce(sum(insurance_pays), 0) from fd_contract_payment")
			.query(BigDecimal.class)
			.single();
		BigDecimal posted = jdbc
			.sql("select coalesce(sum(amount), 0) from ins_fund_adjustment where adj_key like 'FD-SIGN-%'")
			.query(BigDecimal.class)
			.single();
		assertThat(posted).isEqualByComparingTo(collected).isPositive();
		// the public-health payable holds every collected share and every refunded one
		assertThat(jdbc
			.sql("""
					select count(*) from fd_contract_payment p
					 where p.public_health_pays <> coalesce((select sum(l.amount) from fd_public_health_payable l
					                                          where l.contract_id = p.contract_id and l.kind = 'SIGN'), 0)
					    or coalesce(p.refund_public_health, 0) <> coalesce((select -sum(l.amount) from fd_public_health_payable l
					                                          where l.contract_id = p.contract_id and l.kind = 'REFUND'), 0)""")
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select coalesce(sum(amount), 0) from fd_public_health_payable where kind = 'SIGN'")
			.query(BigDecimal.class)
			.single()).isPositive();
		// the county paid every earlier month's due in full (拨付), this month's is still
		// to pay
		String month = PublicHealthPayables.period(PlatformTime.today());
		assertThat(jdbc.sql("select count(*) from fd_public_health_disbursement where period < :m")
			.param("m", month)
			.query(Long.class)
			.single()).isPositive();
		assertThat(jdbc.sql("""
				select count(*) from (select team_id, period, sum(amount) as due from fd_public_health_payable
				                       where period < :m group by team_id, period) p
				 where greatest(p.due, 0) <> coalesce((select sum(d.amount) from fd_public_health_disbursement d
				                                        where d.team_id = p.team_id and d.period = p.period), 0)""")
			.param("m", month)
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql(
				"select count(*) from fd_public_health_disbursement where period >= :m and recorded_by = 'wjw_county' and voucher_no like 'GW%-%'")
			.param("m", month)
			.query(Long.class)
			.single()).isZero();
	}

}
