package org.sanyi.insurance;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;
import static org.sanyi.insurance.GatewayFixtures.line;
import static org.sanyi.insurance.GatewayOutpatientIT.ok;

/**
 * Settlements of one person sent at the same moment from parallel threads never pay
 * beyond an annual cap or a personal-account balance: each locks the person's
 * year-to-date row and debits the account conditionally.
 */
@IntegrationTest
class SettlementConcurrencyIT {

	private static final int PARALLEL = 8;

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	JdbcClient jdbc;

	@Test
	void parallelOutpatientSettlementsOfOneResidentStopAtTheOutpatientPoolCap() throws Exception {
		GatewayFixtures.addExampleItems(admin);
		NewPerson person = GatewayFixtures.resident("359900");
		admin.enrol(List.of(person));
		HsaClient his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		List<String> visits = prepare(his, person, "390", "1000");

		List<JsonNode> answers = settleAtOnce(his, person, visits, "390", "1000.00", false);

		// 2026 residents' outpatient pooling: yearly deductible 100, 50% at a tier-3
		// hospital, cap 800 a year
		BigDecimal pool = answers.stream()
			.map(a -> a.at("/output/setlinfo/hifp_pay").decimalValue())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(pool).isEqualByComparingTo("800.00");
		assertThat(answers.stream()
			.map(a -> a.at("/output/setlinfo/act_pay_dedc").decimalValue())
			.reduce(BigDecimal.ZERO, BigDecimal::add)).isEqualByComparingTo("100.00");
		assertThat(
				jdbc.sql("select totals ->> 'pool.OUTPATIENT' from ins_accumulator where psn_no = :p and year = 2026")
					.param("p", person.psnNo())
					.query(BigDecimal.class)
					.single())
			.isEqualByComparingTo("800.00");
	}

	@Test
	void parallelSettlementsOfOneEmployeeNeverOverdrawThePersonalAccount() throws Exception {
		GatewayFixtures.addExampleItems(admin);
		NewPerson person = GatewayFixtures.employee("300.00");
		admin.enrol(List.of(person));
		HsaClient his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
		List<String> visits = prepare(his, person, "310", "100");

		List<JsonNode> answers = settleAtOnce(his, person, visits, "310", "100.00", true);

		BigDecimal account = answers.stream()
			.map(a -> a.at("/output/setlinfo/acct_pay").decimalValue())
			.reduce(BigDecimal.ZERO, BigDecimal::add);
		assertThat(account).isEqualByComparingTo("300.00");
		assertThat(jdbc.sql("select balance from ins_personal_account where psn_no = :p")
			.param("p", person.psnNo())
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("0.00");
		assertThat(answers.stream().map(a -> a.at("/output/setlinfo/balc").decimalValue()))
			.allSatisfy(balance -> assertThat(balance).isNotNegative());
		assertThat(jdbc
			.sql("select sum(amount) from ins_ledger_entry where account_kind = 'PERSONAL' and account_key = :p")
			.param("p", person.psnNo())
			.query(BigDecimal.class)
			.single()).isEqualByComparingTo("0.00");
	}

	private static List<String> prepare(HsaClient his, NewPerson person, String insutype, String price) {
		List<String> visits = new ArrayList<>();
		for (int i = 0; i < PARALLEL; i++) {
			String visitId = ok(his.call("2201", Map.of("data",
					Map.of("psn_no", person.psnNo(), "insutype", insutype, "begntime", "2026-11-03 10:00:00",
							"mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(), "ipt_otp_no", "MZ-PAR-" + i))))
				.at("/data/mdtrt_id")
				.asString();
			ok(his.call("2204", Map.of("feedetail",
					List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", price, price + ".00")))));
			visits.add(visitId);
		}
		return visits;
	}

	private static List<JsonNode> settleAtOnce(HsaClient his, NewPerson person, List<String> visits, String insutype,
			String total, boolean useAccount) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
		try {
			List<Future<JsonNode>> futures = new ArrayList<>();
			for (String visitId : visits) {
				futures.add(pool.submit(() -> {
					start.await();
					return his.call("2207", Map.of("data",
							Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(),
									"med_type", "11", "medfee_sumamt", new BigDecimal(total), "mdtrt_id", visitId,
									"acct_used_flag", useAccount ? "1" : "0", "insutype", insutype)));
				}));
			}
			start.countDown();
			List<JsonNode> answers = new ArrayList<>();
			for (Future<JsonNode> future : futures) {
				JsonNode answer = future.get();
				assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
				answers.add(answer);
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
