package org.sanyi.insurance;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.policy.PolicyService;
import org.sanyi.insurance.person.PersonRepository;
import org.sanyi.shared.IdNumber;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo city's insured sample, its policy versions as data and its accounts, as the
 * demo step stores them.
 */
@IntegrationTest
class InsuranceEnrolmentIT {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PolicyService policies;

	@Autowired
	PersonRepository personRepository;

	@Test
	void demoEnrolsAScaledSampleWithValidIdNumbersInBothSchemes() {
		long persons = count("select count(*) from ins_person where psn_no not like 'T%'");
		// 0.5 % of 2.5 million residents at scale 1, a tenth of that in the tests
		// (docs/modules/demo.md), and 李春梅
		assertThat(persons).as("the scaled sample and 李春梅").isEqualTo(1251);
		assertThat(count("select count(*) from ins_enrolment where year = 2026 and insutype = '310'"))
			.isBetween(persons / 5, persons * 45 / 100);
		assertThat(count("select count(*) from ins_enrolment where year = 2026 and insutype = '390'"))
			.isBetween(persons * 55 / 100, persons * 80 / 100);
		assertThat(count("select count(*) from ins_person where insuplc_admdvs = '359800'")).isPositive();
		assertThat(count("select count(*) from ins_person_identity where psn_idet_type = 'DIBAO'")).isPositive();
		// the ID numbers are kept encrypted (never in the clear) and are valid once
		// decrypted
		assertThat(count("select count(*) from ins_person where certno is not null or certno_cipher is null "
				+ "or certno_index is null"))
			.isZero();
		jdbc.sql("select psn_no from ins_person where psn_no not like 'T%'")
			.query(String.class)
			.list()
			.forEach(psnNo -> {
				String id = personRepository.find(psnNo).orElseThrow().certNo();
				assertThat(IdNumber.isValid(id, LocalDate.now())).as(psnNo).isTrue();
			});
	}

	@Test
	void theResidentAccountsPersonIsAnInsuredEmployeeWithSettlementsAtBothDemoHospitals() {
		assertThat(jdbc.sql("select psn_name from ins_person where psn_no = '35992100000000000001'")
			.query(String.class)
			.single()).isEqualTo("李春梅");
		assertThat(
				count("select count(distinct fixmedins_code) from ins_settlement where psn_no = '35992100000000000001'"
						+ " and fixmedins_code in ('H35992100001', 'H35990000001')"))
			.isEqualTo(2);
		assertThat(count(
				"select count(*) from ins_personal_account where psn_no = '35992100000000000001' and balance > 0"))
			.isOne();
	}

	@Test
	void personalAccountBalancesEqualTheirDepositsAndPaymentsInTheLedger() {
		assertThat(count("select count(*) from ins_personal_account")).isPositive();
		long mismatched = count("""
				select count(*) from ins_personal_account a
				where a.balance <> (select coalesce(sum(e.amount), 0) from ins_ledger_entry e
				                    where e.account_kind = 'PERSONAL' and e.account_key = a.psn_no)
				""");
		assertThat(mismatched).isZero();
		BigDecimal ledgerTotal = jdbc.sql("select coalesce(sum(amount), 0) from ins_ledger_entry")
			.query(BigDecimal.class)
			.single();
		assertThat(ledgerTotal).isEqualByComparingTo("0");
	}

	@Test
	void policyVersionsAreDataAndTheBookPicksTheVersionInForceByDate() {
		assertThat(count("select count(*) from ins_policy_version where status = 'APPROVED'"))
			.isGreaterThanOrEqualTo(5);
		assertThat(policies.inForce("359900", "390", LocalDate.of(2025, 6, 1)).code()).isEqualTo("359900-390-2025");
		assertThat(policies.inForce("359900", "390", LocalDate.of(2026, 6, 1)).code()).isEqualTo("359900-390-2026");
		assertThat(policies.inForce("359900", "310", LocalDate.of(2026, 6, 1)).code()).isEqualTo("359900-310-2026");
		assertThat(policies.inForce("359800", "390", LocalDate.of(2026, 6, 1)).code()).isEqualTo("359800-390-2025");
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

}
