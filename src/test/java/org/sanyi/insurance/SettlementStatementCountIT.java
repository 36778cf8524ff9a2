package org.sanyi.insurance;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.insurance.StatementRecorder.Sent;
import org.sanyi.insurance.policy.PolicyService;
import org.sanyi.insurance.support.Json;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL;
import static org.sanyi.insurance.GatewayFixtures.CITY_HOSPITAL_NAME;
import static org.sanyi.insurance.GatewayFixtures.line;

/**
 * The database round trips of a settlement (2207) on the hot path, counted at the JDBC
 * connection, so that a change that adds a query to every settlement fails here instead
 * of silently lowering the throughput measured by {@code bench/settlement.sh}
 * (docs/modules/insurance.md §11). A settlement of an employee who pays from the personal
 * account (the longest path: account debit, three ledger entries) costs the statements
 * listed below and one commit (an outpatient one keeps its event for monitoring and
 * pharma in the event queue and stores no event publication); a replayed msgid costs
 * three statements (nonce, visit, stored answer) and writes nothing.
 */
@IntegrationTest
class SettlementStatementCountIT {

	/** What a 2207 sends, in order; each entry is the start of the statement. */
	static final List<String> SETTLEMENT = List.of("insert into ins_gateway_nonce ", // the
																						// signature
																						// filter:
																						// nonce
																						// replay
																						// check
																						// (unlogged
																						// table)
			"select v.*, (select string_agg(", // visit locked with its diagnoses
			"insert into ins_accumulator ", // year-to-date totals created or locked
			"select * from ins_fee_line ", // the unsettled lines
			"select p.*, e.psn_insu_stas", // person, enrolment, balance, identities
			"update ins_accumulator ", // new totals, on the version read
			"update ins_personal_account ", // account debit (balance >= amount)
			"insert into ins_settlement (", // setlinfo
			"insert into ins_settlement_fund ", // setldetail rows (one multi-row
												// statement)
			"with lines as (update ins_fee_line ", // lines, covered lines and visit
													// settled
			"insert into ins_ledger_entry ", // the posting (one multi-row statement)
			"insert into ins_message ", // the answer under the msgid
			// SettlementCompleted kept in the event queue, written as the transaction
			// commits, for monitoring's facts and pharma's outpatient antibacterial use
			// (one statement, two rows; DRG's listener takes inpatient ones only through
			// the publication registry): the price of indicators within a second
			"insert into event_queue ", "COMMIT");

	@LocalServerPort
	int port;

	@Autowired
	InsuranceAdmin admin;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	PolicyService policies;

	@Autowired
	PlatformTransactionManager transactions;

	HsaClient his;

	@BeforeEach
	void setUp() {
		GatewayFixtures.addExampleItems(admin);
		his = GatewayFixtures.client(port, CITY_HOSPITAL, CITY_HOSPITAL_NAME).signIn();
	}

	@Test
	void settlementSendsThirteenStatementsAndOneCommitAndAReplaySendsThreeAndNoCommit() {
		NewPerson person = GatewayFixtures.employee("1000.00");
		admin.enrol(List.of(person));
		String visitId = ok(his.call("2201", GatewayFixtures.registration(person))).at("/data/mdtrt_id").asString();
		ok(his.call("2204",
				Map.of("feedetail",
						List.of(line(visitId, person.psnNo(), "1", "T-A-SURGERY", "1", "300", "300.00"),
								line(visitId, person.psnNo(), "2", "T-B-DRUG", "1", "150", "150.00"),
								line(visitId, person.psnNo(), "3", "NOT-IN-CATALOGUE", "1", "50", "50.00")))));
		String msgid = his.nextMsgid();
		byte[] body = his.body("2207",
				Map.of("data",
						Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(),
								"med_type", "11", "medfee_sumamt", new BigDecimal("500.00"), "psn_setlway", "01",
								"mdtrt_id", visitId, "chrg_bchno", "0000", "acct_used_flag", "1", "insutype", "310")),
				msgid, "359900");

		// the policy book is read again when it is 30 s old: read it now, so that the
		// 2207
		// below finds it fresh whichever tests ran before this one
		policies.book();
		HttpResponse<String> settled;
		List<Sent> settlement;
		try (StatementRecorder recorder = StatementRecorder.start(jdbcTemplate,
				(DataSourceTransactionManager) transactions)) {
			settled = his.post("2207", body);
			settlement = recorder.ofThreadThatSent("insert into ins_message ");
		}
		JsonNode setlinfo = ok(Json.MAPPER.readTree(settled.body())).get("setlinfo");
		assertThat(setlinfo.get("acct_pay").decimalValue()).isEqualByComparingTo("359.00");
		assertThat(setlinfo.get("fund_pay_sumamt").decimalValue()).isEqualByComparingTo("141.00");
		assertThat(starts(settlement)).containsExactlyElementsOf(SETTLEMENT);

		HttpResponse<String> replayed;
		List<Sent> replay;
		try (StatementRecorder recorder = StatementRecorder.start(jdbcTemplate,
				(DataSourceTransactionManager) transactions)) {
			replayed = his.post("2207", body);
			replay = recorder.ofThreadThatSent("from ins_message ");
		}
		assertThat(replayed.body()).isEqualTo(settled.body());
		assertThat(starts(replay)).containsExactly("insert into ins_gateway_nonce ", "select v.*, (select string_agg(",
				"select msgid, infno, fixmedins_code");
	}

	/**
	 * The statements as the start of each listed one; without the fetch of a new block of
	 * ids ({@code Ids}: 128 at a time), which falls on whichever settlement uses the
	 * cached block up — how many ids the tests before this one took decides which.
	 */
	private static List<String> starts(List<Sent> sent) {
		return sent.stream()
			.filter(s -> !s.sql().startsWith("select nextval('ins_id_seq')"))
			.map(s -> SETTLEMENT.stream().filter(s.sql()::startsWith).findFirst().orElse(s.sql()))
			.map(s -> s.startsWith("select msgid, infno, fixmedins_code") ? "select msgid, infno, fixmedins_code" : s)
			.toList();
	}

	private static JsonNode ok(JsonNode answer) {
		assertThat(answer.get("infcode").asInt()).as(answer.path("err_msg").asString()).isZero();
		return answer.get("output");
	}

}
