package org.sanyi.e2e;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.insurance.HsaClient;
import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The insurance bureau's pages in a real browser: settlement list and detail, fund ledger
 * with its chart, a policy.
 */
class InsuranceBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Autowired
	InsuranceAdmin admin;

	@Test
	void bureauOfficerOpensAnInpatientSettlementWithItsLinesAndFunds() {
		String setlId = jdbc
			.sql("select setl_id from ins_settlement where clr_type = '21' and status = 'SETTLED' "
					+ "and maf_pay > 0 order by medfee_sumamt desc limit 1")
			.query(String.class)
			.optional()
			.orElseGet(() -> jdbc
				.sql("select setl_id from ins_settlement where clr_type = '21' and status = 'SETTLED' "
						+ "order by medfee_sumamt desc limit 1")
				.query(String.class)
				.single());
		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.navigate(browser.url("/insurance/settlements?clrType=21"));
		assertThat(page.locator("h1")).hasText("结算查询");
		assertThat(page.locator(".pager")).containsText("共");
		Browser.shot(page, "insurance-settlements-desktop");

		page.navigate(browser.url("/insurance/settlements/" + setlId));
		assertThat(page.locator("h1")).hasText("结算详情");
		assertThat(page.locator("table.funds tbody tr").first()).containsText("城乡居民基本医疗保险基金");
		assertThat(page.locator("table.lines tbody tr").first()).isVisible();
		assertThat(page.locator("dl.desc").first()).containsText(setlId);
		Browser.shot(page, "insurance-settlement-desktop");
		page.context().close();

		Page phone = browser.phone("ybj", "Sanyi@2026");
		phone.navigate(browser.url("/insurance/settlements/" + setlId));
		assertThat(phone.locator("h1")).hasText("结算详情");
		Browser.shot(phone, "insurance-settlement-phone");
		phone.context().close();
	}

	@Test
	void aRetailPharmacysSaleOnAPrescriptionIsFoundUnderItsClearingTypeWithThePoolsReason() {
		// the demo's 双通道 pharmacies settle every e-prescription sale as 定点药店购药 (41)
		String setlId = jdbc
			.sql("select setl_id from ins_settlement s where clr_type = '41' and status = 'SETTLED' "
					+ "and exists (select 1 from ph_dispensing d where d.setl_id = s.setl_id) "
					+ "order by fund_pay_sumamt desc, setl_id limit 1")
			.query(String.class)
			.single();
		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.navigate(browser.url("/insurance/settlements?clrType=41"));
		assertThat(page.locator("select[name=clrType] option[selected]")).hasText("定点药店");
		assertThat(page.locator("table tbody")).containsText(setlId);
		Browser.shot(page, "insurance-settlements-pharmacy-desktop");
		page.navigate(browser.url("/insurance/settlements/" + setlId));
		assertThat(page.locator("dl.desc").first()).containsText("定点药店购药");
		assertThat(page.locator("table.funds tbody tr").first()).containsText("年度起付线");
		Browser.shot(page, "insurance-settlement-pharmacy-desktop");
		page.context().close();

		Page phone = browser.phone("ybj", "Sanyi@2026");
		phone.navigate(browser.url("/insurance/settlements/" + setlId));
		assertThat(phone.locator("table.funds tbody tr").first()).containsText("年度起付线");
		Browser.shot(phone, "insurance-settlement-pharmacy-phone");
		phone.context().close();
	}

	@Test
	void aRefundLineIsShownWithTheLineItTakesBackOnTheSettlement() {
		GatewayFixtures.addExampleItems(admin);
		HsaClient his = GatewayFixtures.client(port, GatewayFixtures.CITY_HOSPITAL, GatewayFixtures.CITY_HOSPITAL_NAME)
			.signIn();
		NewPerson person = GatewayFixtures.employee("0.00");
		admin.enrol(List.of(person));
		String visit = his.call("2201", GatewayFixtures.registration(person)).at("/output/data/mdtrt_id").asString();
		his.call("2204",
				Map.of("feedetail", List.of(
						GatewayFixtures.line(visit, person.psnNo(), "1", "T-A-SURGERY", "1", "300", "300.00"),
						GatewayFixtures.line(visit, person.psnNo(), "2", "T-B-DRUG", "3", "33.335", "100.01"))));
		his.call("2204", Map.of("feedetail", List
			.of(GatewayFixtures.refund(visit, person.psnNo(), "3", "2", "T-B-DRUG", "-1", "33.335", "-33.34"))));
		String setlId = his
			.call("2207",
					Map.of("data",
							Map.of("psn_no", person.psnNo(), "mdtrt_cert_type", "02", "mdtrt_cert_no", person.certNo(),
									"med_type", "11", "medfee_sumamt", new BigDecimal("366.67"), "psn_setlway", "01",
									"mdtrt_id", visit, "chrg_bchno", "0000", "acct_used_flag", "0", "insutype", "310")))
			.at("/output/setlinfo/setl_id")
			.asString();

		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.navigate(browser.url("/insurance/settlements/" + setlId));
		assertThat(page.locator("table.lines tbody tr")).hasCount(3);
		assertThat(page.locator("table.lines tbody tr").nth(2)).containsText("退费 · 原 2");
		assertThat(page.locator("table.lines tbody tr").nth(2)).containsText("-33.34");
		assertThat(page.locator("table.lines tbody tr").nth(2)).containsText("33.335"); // the
																						// unit
																						// price
																						// as
																						// uploaded
		Browser.shot(page, "insurance-settlement-refund-desktop");
		page.context().close();

		Page phone = browser.phone("ybj", "Sanyi@2026");
		phone.navigate(browser.url("/insurance/settlements/" + setlId));
		assertThat(phone.locator("table.lines tbody tr").nth(2)).containsText("退费 · 原 2");
		Browser.shot(phone, "insurance-settlement-refund-phone");
		phone.context().close();
	}

	@Test
	void ledgerChartAndPolicyVersionRender() {
		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.navigate(browser.url("/insurance/ledger"));
		assertThat(page.locator("#fund-chart canvas")).isVisible();
		Browser.shot(page, "insurance-ledger-desktop");
		long id = jdbc.sql("select id from ins_policy_version where code = '359900-390-2026'")
			.query(Long.class)
			.single();
		page.navigate(browser.url("/insurance/policies/" + id));
		assertThat(page.locator("h1")).hasText("359900-390-2026");
		assertThat(page.locator("table.rules").first()).containsText("600.00 元；300.00 元");
		Browser.shot(page, "insurance-policy-desktop");
		page.navigate(browser.url("/insurance/reconciliation"));
		assertThat(page.locator("h1")).hasText("对账结果");
		page.context().close();
	}

	@Test
	void residentSeesHerInsuranceOnAPhoneAndOnADesktop() {
		String setlId = jdbc
			.sql("select setl_id from ins_settlement where psn_no = '35992100000000000001' "
					+ "and clr_type = '21' limit 1")
			.query(String.class)
			.single();
		Page phone = browser.phone("resident", "Sanyi@2026");
		phone.navigate(browser.url("/portal"));
		phone.locator("a.portal-tile[href='/portal/insurance']").click();
		assertThat(phone.locator("h1")).hasText("我的医保");
		assertThat(phone.locator("#my-settlements li").first()).isVisible();
		Browser.shot(phone, "insurance-portal-phone");
		phone.navigate(browser.url("/portal/insurance/settlements/" + setlId));
		assertThat(phone.locator("h1")).hasText("结算明细");
		assertThat(phone.locator("#funds li").first()).containsText("职工基本医疗保险统筹基金");
		Browser.shot(phone, "insurance-portal-settlement-phone");
		phone.context().close();

		Page desktop = browser.desktop("resident", "Sanyi@2026");
		desktop.navigate(browser.url("/portal/insurance?lang=en"));
		assertThat(desktop.locator("h1")).hasText("My medical insurance");
		Browser.shot(desktop, "insurance-portal-desktop-en");
		desktop.navigate(browser.url("/portal/insurance?lang=zh-CN"));
		desktop.context().close();
	}

}
