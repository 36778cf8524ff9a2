package org.sanyi.clinical.familydoctor;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.clinical.familydoctor.engine.ContractRefund;
import org.sanyi.clinical.familydoctor.engine.TerminationReason;
import org.sanyi.clinical.familydoctor.internal.ContractFees;
import org.sanyi.clinical.familydoctor.internal.ContractService;
import org.sanyi.clinical.familydoctor.internal.ContractService.Actor;
import org.sanyi.clinical.familydoctor.internal.ContractService.SignRequest;
import org.sanyi.insurance.FundAdjustments;
import org.sanyi.shared.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
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
	JdbcClient jdbc;

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
		FundAdjustments.Adjustment deduction = funds.find("FD-END-" + c.id()).orElseThrow();
		assertThat(deduction.kind()).isEqualTo(FundAdjustments.Kind.DEDUCTION);
		assertThat(deduction.amount()).isEqualByComparingTo(expected.insurance());
		// the ledger: what the fund owes the centre for this contract is what it served
		assertThat(payout.amount().subtract(deduction.amount()))
			.isEqualByComparingTo(paid.insurance().subtract(expected.insurance()));
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
	}

}
