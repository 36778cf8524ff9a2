package org.sanyi.e2e;

import java.util.ArrayList;
import java.util.List;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pages changed for the bureau's page-by-page review, on a desktop (1366×800) and a
 * phone (390×844): no script errors, label/value lists without gaps, tables that scroll
 * instead of being cut off, amounts that fit with their unit. Screenshots in
 * target/screenshots/pages-*.
 */
class PagesBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void parametersPageRunsItsScriptsWithoutErrors() {
		Page page = browser.desktop("admin", PASSWORD);
		List<String> errors = errors(page);
		page.navigate(browser.url("/identity/parameters"));
		page.waitForLoadState();
		page.locator("form.search-form button[type=submit]").first().click();
		page.waitForLoadState();
		Browser.shot(page, "pages-identity-parameters-desktop");
		assertThat(errors).isEmpty();
		page.context().close();
	}

	@Test
	void auditLogReadsInChineseOnDesktopAndPhone() {
		Page page = browser.desktop("ybj", PASSWORD);
		page.navigate(browser.url("/drg/cases"));
		page.navigate(browser.url("/security/audit"));
		assertThat(page.locator("table.data thead").innerText()).contains("北京时间");
		assertThat(page.locator("table.data tbody").innerText()).doesNotContain("drg:case").doesNotContain(" rows");
		Browser.shot(page, "pages-audit-desktop");
		page.context().close();
		Page phone = browser.phone("ybj", PASSWORD);
		phone.navigate(browser.url("/security/audit"));
		Browser.shot(phone, "pages-audit-phone");
		phone.context().close();
	}

	@Test
	void labelValueListsKeepEachValueBesideItsLabel() {
		String setlList = jdbc.sql("select setl_list_id from drg_setl_list where current_version order by id limit 1")
			.query(String.class)
			.single();
		long param = jdbc.sql("select max(id) from drg_param_version").query(Long.class).single();
		Page page = browser.desktop("ybj", PASSWORD);
		for (String path : List.of("/drg/cases/" + setlList, "/drg/params/" + param)) {
			page.navigate(browser.url(path));
			Object gap = page.evaluate("() => { const dt = document.querySelector('dl.desc > dt'); "
					+ "const dd = dt.nextElementSibling; return dd.getBoundingClientRect().left - dt.getBoundingClientRect().right; }");
			assertThat(((Number) gap).doubleValue()).as(path).isLessThan(4);
			Browser.shot(page, "pages-" + (path.startsWith("/drg/cases") ? "drg-case" : "drg-param") + "-desktop");
		}
		page.context().close();
		Page phone = browser.phone("ybj", PASSWORD);
		phone.navigate(browser.url("/drg/cases/" + setlList));
		Browser.shot(phone, "pages-drg-case-phone");
		phone.context().close();
	}

	@Test
	void catalogueScrollsInsideItsCardAt1440() {
		var context = browserContext(1440, 900);
		Page page = context.newPage();
		login(page, "ybj");
		page.navigate(browser.url("/terminology/catalogue"));
		Object pageWidth = page.evaluate("() => document.documentElement.scrollWidth");
		Object wrap = page.evaluate("() => { const w = document.querySelector('.table-wrap'); "
				+ "return w.getBoundingClientRect().right; }");
		assertThat(((Number) pageWidth).intValue()).isLessThanOrEqualTo(1440);
		assertThat(((Number) wrap).doubleValue()).isLessThanOrEqualTo(1440);
		Browser.shot(page, "pages-catalogue-1440");
		context.close();
	}

	@Test
	void budgetAmountsFitOnAPhoneWithTheirUnit() {
		long budget = jdbc.sql("select max(id) from ins_budget").query(Long.class).single();
		Page phone = browser.phone("ybj", PASSWORD);
		for (String path : List.of("/insurance/budgets", "/insurance/budgets/" + budget)) {
			phone.navigate(browser.url(path));
			Object overflowing = phone.evaluate("() => [...document.querySelectorAll('.stat .value')]"
					+ ".filter(v => v.scrollWidth > v.clientWidth + 1).length");
			assertThat(((Number) overflowing).intValue()).as(path).isZero();
			assertThat(phone.locator(".stat .value").first().innerText()).endsWith("万元");
			Browser.shot(phone, "pages-" + (path.endsWith("budgets") ? "budgets" : "budget") + "-phone");
		}
		phone.context().close();
		Page page = browser.desktop("ybj", PASSWORD);
		page.navigate(browser.url("/insurance/budgets/" + budget));
		Browser.shot(page, "pages-budget-desktop");
		page.context().close();
	}

	@Test
	void ledgerPolicyAndSettlementReadAsAFinanceOfficerExpects() {
		long policy = jdbc
			.sql("select max(id) from ins_policy_version where status = 'APPROVED' and region like '3599%'")
			.query(Long.class)
			.single();
		String setlId = jdbc
			.sql("select setl_id from ins_settlement where clr_type = '21' and status = 'SETTLED' "
					+ "order by setl_id limit 1")
			.query(String.class)
			.single();
		Page page = browser.desktop("ybj", PASSWORD);
		page.navigate(browser.url("/insurance/ledger"));
		Browser.shot(page, "pages-ledger-desktop");
		page.navigate(browser.url("/insurance/policies/" + policy));
		assertThat(page.locator("main").innerText()).doesNotContain("BASIC").doesNotContain("0.00:");
		Browser.shot(page, "pages-policy-desktop");
		page.navigate(browser.url("/insurance/settlements/" + setlId));
		assertThat(page.locator("table.funds").innerText()).doesNotContain("BASIC");
		Browser.shot(page, "pages-settlement-desktop");
		page.context().close();
		Page county = browser.desktop("ybj_county", PASSWORD);
		county.navigate(browser.url("/insurance/ledger"));
		Browser.shot(county, "pages-ledger-county-desktop");
		county.context().close();
		Page phone = browser.phone("ybj", PASSWORD);
		phone.navigate(browser.url("/insurance/ledger"));
		Browser.shot(phone, "pages-ledger-phone");
		phone.navigate(browser.url("/insurance/policies/" + policy));
		Browser.shot(phone, "pages-policy-phone");
		phone.context().close();
	}

	@Test
	void codeSystemsErrorPagesAndReportsAsEachRoleSeesThem() {
		Page page = browser.desktop("ybj", PASSWORD);
		page.navigate(browser.url("/terminology/systems"));
		assertThat(page.locator("form[action*='ICD10-YB']").count()).isZero();
		Browser.shot(page, "pages-systems-ybj-desktop");
		page.navigate(browser.url("/no/such/page"));
		assertThat(page.locator(".alert-error").innerText()).contains("SH-0012");
		Browser.shot(page, "pages-404-desktop");
		page.navigate(browser.url("/registry/institutions?q=" + "a".repeat(300)));
		Browser.shot(page, "pages-too-long-desktop");
		page.navigate(browser.url("/registry/institutions?page=99999"));
		Browser.shot(page, "pages-institutions-last-desktop");
		page.context().close();
		Page wjw = browser.desktop("wjw", PASSWORD);
		wjw.navigate(browser.url("/drg/report"));
		Browser.shot(wjw, "pages-drg-report-wjw-desktop");
		wjw.context().close();
		Page resident = browser.phone("resident", PASSWORD);
		resident.navigate(browser.url("/portal/access"));
		assertThat(resident.locator("main").innerText()).contains("北京时间");
		Browser.shot(resident, "pages-portal-access-phone");
		resident.context().close();
	}

	private static List<String> errors(Page page) {
		List<String> errors = new ArrayList<>();
		page.onPageError(errors::add);
		return errors;
	}

	private com.microsoft.playwright.BrowserContext browserContext(int width, int height) {
		return browser.context(new NewContextOptions().setViewportSize(width, height).setLocale("zh-CN"));
	}

	private void login(Page page, String user) {
		page.navigate(browser.url("/login"));
		page.fill("input[name=username]", user);
		page.fill("input[name=password]", PASSWORD);
		page.click("button[type=submit]");
		page.waitForURL(url -> !url.contains("/login"));
	}

}
