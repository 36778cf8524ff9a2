package org.sanyi.insurance;

import java.math.BigDecimal;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 我的医保: the demo resident 李春梅 sees her own enrolments, balance, settlements and their
 * detail, and nothing of anybody else; every page is an audited read; users without the
 * portal permission are refused.
 */
@IntegrationTest
class ResidentInsurancePortalIT {

	private static final String PASSWORD = "Sanyi@2026";

	private static final String PSN_NO = "35992100000000000001";

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void residentSeesHerEnrolmentsBalanceSettlementsAndTotals() {
		HttpSession resident = HttpSession.loggedIn(port, "resident", PASSWORD);
		long auditsBefore = audits();

		HttpResponse<String> page = resident.get("/portal/insurance?year=2026");

		assertThat(page.statusCode()).isEqualTo(200);
		String body = page.body();
		assertThat(body).contains("我的医保")
			.contains("李春梅")
			.contains(PSN_NO)
			.contains("职工基本医疗保险")
			.contains("正常参保")
			.contains("个人账户余额")
			.contains("年度累计")
			.contains("个人账户划入");
		BigDecimal balance = jdbc.sql("select balance from ins_personal_account where psn_no = :p")
			.param("p", PSN_NO)
			.query(BigDecimal.class)
			.single();
		assertThat(body).contains(String.format("¥%,.2f", balance));
		var mine = jdbc.sql("select setl_id, fixmedins_name from ins_settlement where psn_no = :p")
			.param("p", PSN_NO)
			.query((rs, i) -> new String[] { rs.getString(1), rs.getString(2) })
			.list();
		assertThat(mine).hasSizeGreaterThanOrEqualTo(3);
		for (String[] s : mine) {
			assertThat(body).contains("/portal/insurance/settlements/" + s[0]).contains(s[1]);
		}
		assertThat(body).contains("统筹基金已支付").contains("150,000.00");
		assertThat(audits()).isGreaterThan(auditsBefore);
		assertThat(resident.get("/portal").body()).contains("/portal/insurance");
	}

	@Test
	void residentOpensHerSettlementWithFundsAndLines() {
		HttpSession resident = HttpSession.loggedIn(port, "resident", PASSWORD);
		var s = jdbc.sql("""
				select setl_id, medfee_sumamt, fund_pay_sumamt from ins_settlement
				where psn_no = :p and clr_type = '21' and status = 'SETTLED' limit 1
				""")
			.param("p", PSN_NO)
			.query((rs, i) -> new Object[] { rs.getString(1), rs.getBigDecimal(2), rs.getBigDecimal(3) })
			.single();
		String setlId = (String) s[0];

		HttpResponse<String> detail = resident.get("/portal/insurance/settlements/" + setlId);

		assertThat(detail.statusCode()).isEqualTo(200);
		assertThat(detail.body()).contains("结算明细")
			.contains(setlId)
			.contains("职工基本医疗保险统筹基金")
			.contains("费用明细")
			.contains(String.format("%,.2f", (BigDecimal) s[1]))
			.contains(String.format("%,.2f", (BigDecimal) s[2]));
		int lines = jdbc.sql("select count(*) from ins_settlement_line where setl_id = :s")
			.param("s", setlId)
			.query(Integer.class)
			.single();
		assertThat(detail.body().split("class=\"tag tag-(success|info|danger)\"", -1).length - 1)
			.isGreaterThanOrEqualTo(lines);
		assertThat(jdbc
			.sql("select count(*) from sec_audit_log where action = 'READ' and resource = 'insurance:settlement' "
					+ "and target = :t")
			.param("t", setlId)
			.query(Long.class)
			.single()).isPositive();
	}

	@Test
	void anotherPersonsSettlementIsNotFoundAndOthersHaveNoPortal() {
		String other = jdbc.sql("select setl_id from ins_settlement where psn_no <> :p limit 1")
			.param("p", PSN_NO)
			.query(String.class)
			.single();
		HttpSession resident = HttpSession.loggedIn(port, "resident", PASSWORD);

		assertThat(resident.get("/portal/insurance/settlements/" + other).statusCode()).isEqualTo(404);
		assertThat(resident.get("/portal/insurance?year=1900").statusCode()).isEqualTo(400);
		assertThat(HttpSession.loggedIn(port, "ybj", PASSWORD).get("/portal/insurance").statusCode()).isEqualTo(403);
	}

	@Test
	void englishPortal() {
		HttpSession resident = HttpSession.loggedIn(port, "resident", PASSWORD);
		String body = resident.get("/portal/insurance?lang=en").body();
		resident.get("/portal/insurance?lang=zh-CN");
		assertThat(body).contains("My medical insurance")
			.contains("Personal account balance")
			.contains("My settlements");
	}

	private long audits() {
		return jdbc.sql("select count(*) from sec_audit_log where action = 'READ' and resource = 'insurance:person'")
			.query(Long.class)
			.single();
	}

}
