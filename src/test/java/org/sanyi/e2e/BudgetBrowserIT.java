package org.sanyi.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * 总额预算 in a real browser: the bureau's list, a group page with its chart and 2025 result,
 * the clerk's phone view.
 */
class BudgetBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void bureauSeesBudgetsAndAGroupWithItsChart() {
		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.navigate(browser.url("/insurance/budgets?year=2026"));
		assertThat(page.locator("h1")).hasText("总额预算");
		assertThat(page.locator("table.data tbody tr").first()).containsText("医");
		Browser.shot(page, "insurance-budgets-desktop");

		long id = id("YGT-359921", "390100", 2026);
		page.navigate(browser.url("/insurance/budgets/" + id));
		assertThat(page.locator("#budget-chart canvas")).isVisible();
		assertThat(page.locator("h1")).hasText("云岫县紧密型县域医共体");
		Browser.shot(page, "insurance-budget-desktop");

		page.navigate(browser.url("/insurance/budgets/"
				+ jdbc.sql("select budget_id from ins_budget_clearing " + "order by spend desc limit 1")
					.query(Long.class)
					.single()));
		assertThat(page.locator("dl.result")).containsText("清算金额");
		Browser.shot(page, "insurance-budget-2025-desktop");

		page.navigate(browser.url("/insurance/budgets/" + id + "/edit"));
		assertThat(page.locator("input[name=amount]")).isVisible();
		Browser.shot(page, "insurance-budget-edit-desktop");
		page.context().close();
	}

	@Test
	void leadHospitalClerkReadsItsGroupOnAPhone() {
		Page phone = browser.phone("ybb", "Sanyi@2026");
		phone.navigate(browser.url("/insurance/budgets"));
		assertThat(phone.locator("h1")).hasText("总额预算");
		Browser.shot(phone, "insurance-budgets-phone");
		phone.navigate(browser.url("/insurance/budgets/" + id("YLJT-01", "390100", 2026)));
		assertThat(phone.locator("#budget-chart canvas")).isVisible();
		Browser.shot(phone, "insurance-budget-phone");
		phone.context().close();
	}

	private long id(String group, String fund, int year) {
		return jdbc
			.sql("select id from ins_budget where alliance_code = :g and fund_pay_type = :f and budget_year = :y "
					+ "and status = 'APPROVED'")
			.param("g", group)
			.param("f", fund)
			.param("y", year)
			.query(Long.class)
			.single();
	}

}
