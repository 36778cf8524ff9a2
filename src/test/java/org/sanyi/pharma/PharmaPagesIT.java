package org.sanyi.pharma;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The 集采 pages as users see them: scope, refusals shown with their code, review by a
 * second officer.
 */
@IntegrationTest
class PharmaPagesIT {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	private long round(String code) {
		return jdbc.sql("select id from ph_round where code = :c").param("c", code).query(Long.class).single();
	}

	@Test
	void aHospitalClerkSeesOnlyItsOwnDemandAndProgress() {
		long round = round("GJ-10-359900");
		HttpSession clerk = HttpSession.loggedIn(port, "ybb", "Sanyi@2026");
		String demand = clerk.get("/pharma/rounds/" + round + "/demand").body();
		assertThat(demand).contains("H35990000001").doesNotContain("H35992100001");
		String progress = clerk.get("/pharma/progress?round=" + round).body();
		assertThat(progress).contains("完成率").doesNotContain("云岫县总医院");
		HttpSession bureau = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		assertThat(bureau.get("/pharma/progress?round=" + round + "&by=ALLIANCE").body()).contains("医共体");
	}

	@Test
	void aBidAboveThePreRoundPriceIsRefusedOnThePageWithItsCode() {
		long round = round("GJ-10-359900");
		long product = jdbc.sql("select id from ph_product where round_id = :r order by id limit 1")
			.param("r", round)
			.query(Long.class)
			.single();
		long bids = jdbc.sql("select count(*) from ph_bid").query(Long.class).single();
		HttpSession bureau = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		bureau.get("/pharma/rounds/" + round);
		HttpResponse<String> refused = bureau.postForm("/pharma/rounds/" + round + "/bids",
				Map.of("productId", String.valueOf(product), "enterprise", "涨价药业", "itemCode",
						"XJ01CAA001A003010100037", "winningPrice", "999"));
		assertThat(refused.body()).contains("PH-0005");
		assertThat(jdbc.sql("select count(*) from ph_bid").query(Long.class).single()).isEqualTo(bids);
		HttpSession doctor = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");
		doctor.get("/pharma/rounds/" + round);
		assertThat(doctor.postForm("/pharma/rounds/" + round + "/bids", Map.of("productId", "1")).statusCode())
			.isEqualTo(403);
	}

	@Test
	void theProposerCannotApproveAndASecondOfficerCan() {
		long round = round("FJ-HC-2025-359900");
		long pending = jdbc.sql("select id from ph_retention where round_id = :r and status = 'PENDING'")
			.param("r", round)
			.query(Long.class)
			.single();
		HttpSession proposer = HttpSession.loggedIn(port, "ybj", "Sanyi@2026");
		String own = proposer.get("/pharma/savings/" + round + "/retentions/" + pending).body();
		assertThat(own).contains("须由另一名经办人审核");
		proposer.postForm("/pharma/savings/" + round + "/retentions/" + pending + "/approve", Map.of("note", "自审"));
		assertThat(status(pending)).isEqualTo("PENDING");
		HttpSession checker = HttpSession.loggedIn(port, "ybj_audit", "Sanyi@2026");
		checker.get("/pharma/savings/" + round + "/retentions/" + pending);
		checker.postForm("/pharma/savings/" + round + "/retentions/" + pending + "/approve", Map.of("note", "同意"));
		assertThat(status(pending)).isEqualTo("APPROVED");
	}

	private String status(long id) {
		return jdbc.sql("select status from ph_retention where id = :id").param("id", id).query(String.class).single();
	}

}
