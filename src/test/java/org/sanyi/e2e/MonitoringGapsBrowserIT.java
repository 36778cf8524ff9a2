package org.sanyi.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The monitoring pages added or changed for the budget, insured-county, disease-mix and
 * late-report gaps, in a real browser on desktop and phone: the bureau's fund indicators
 * with 总额预算执行率, the indicator browser narrowed to one county's insured, the 病种结构 page
 * with its charts, the 逾期未报 list and a validation rule's page with its change form.
 */
class MonitoringGapsBrowserIT extends BrowserTest {

	@Test
	void theBureausFundIndicatorsShowTheBudgetExecution() {
		Page page = browser.desktop("ybj", PASSWORD);
		page.navigate(browser.url("/monitoring/indicators?set=FUND&period=2026"));
		assertThat(page.locator("table.mon-table thead")).containsText("总额预算执行率");
		Browser.shot(page, "monitoring-budget-execution-desktop");
		page.context().close();
		Page phone = browser.phone("ybj", PASSWORD);
		phone.navigate(browser.url("/monitoring/indicators?set=FUND&period=2026&chart=budget_execution"));
		assertThat(phone.locator("#mon-trend canvas")).hasCount(1);
		Browser.shot(phone, "monitoring-budget-execution-phone");
		phone.context().close();
	}

	@Test
	void theIndicatorBrowserNarrowedToOneCountysInsured() {
		Page page = browser.desktop("wjw", PASSWORD);
		page.navigate(browser.url("/monitoring/indicators?period=2026-10&insured=359922"));
		assertThat(page.locator("select[name=insured]")).hasValue("359922");
		assertThat(page.locator(".toolbar .tag")).containsText("岚水县");
		Browser.shot(page, "monitoring-insured-county-desktop");
		page.context().close();
		Page phone = browser.phone("wjw", PASSWORD);
		phone.navigate(browser.url("/monitoring/indicators?period=2026-10&insured=359922"));
		assertThat(phone.locator(".toolbar .tag")).containsText("岚水县");
		Browser.shot(phone, "monitoring-insured-county-phone");
		phone.context().close();
	}

	@Test
	void theDiseaseMixPageWithItsCharts() {
		Page page = browser.desktop("ybj", PASSWORD);
		page.navigate(browser.url("/monitoring/zone/diseases"));
		assertThat(page.locator("h1")).hasText("病种结构");
		assertThat(page.locator(".mon-zone-bars canvas").first()).isVisible();
		Browser.shot(page, "monitoring-diseases-desktop");
		page.context().close();
		Page phone = browser.phone("ybj", PASSWORD);
		phone.navigate(browser.url("/monitoring/zone/diseases"));
		assertThat(phone.locator(".mon-zone-bars canvas").first()).isVisible();
		Browser.shot(phone, "monitoring-diseases-phone");
		phone.context().close();
	}

	@Test
	void theLateReportList() {
		Page page = browser.desktop("wjw", PASSWORD);
		page.navigate(browser.url("/monitoring/reports"));
		page.locator("a", new Page.LocatorOptions().setHasText("逾期未报名单")).click();
		assertThat(page.locator("h1")).hasText("逾期未报");
		assertThat(page.locator("table.data tbody tr").first()).containsText("未报");
		Browser.shot(page, "monitoring-reports-late-desktop");
		page.context().close();
		Page phone = browser.phone("wjw", PASSWORD);
		phone.navigate(browser.url("/monitoring/reports/late"));
		assertThat(phone.locator("h1")).hasText("逾期未报");
		Browser.shot(phone, "monitoring-reports-late-phone");
		phone.context().close();
	}

	@Test
	void aValidationRulesPageWithTheFormToProposeAChange() {
		Page page = browser.desktop("wjw", PASSWORD);
		page.navigate(browser.url("/monitoring/quality"));
		page.locator("#rules a", new Page.LocatorOptions().setHasText("实际占用床日")).first().click();
		assertThat(page.locator("h1")).containsText("实际占用床日");
		assertThat(page.locator("input[name=summary]")).isVisible();
		Browser.shot(page, "monitoring-quality-rule-desktop");
		page.context().close();
		Page phone = browser.phone("wjw", PASSWORD);
		phone.navigate(browser.url("/monitoring/quality/rules/bed_days_used_plausible"));
		assertThat(phone.locator("input[name=summary]")).isVisible();
		Browser.shot(phone, "monitoring-quality-rule-phone");
		phone.context().close();
	}

	@Test
	void theDiseaseMixByIcdChapterAndTheSettlementsBehindAChapter() {
		Page page = browser.desktop("ybj", PASSWORD);
		page.navigate(browser.url("/monitoring/zone/diseases?area=R359900&period=2026"));
		assertThat(page.locator("main h2").first()).hasText("按主要诊断 ICD-10 章节");
		assertThat(page.locator("main table.data").first()).containsText("循环系统疾病");
		Browser.shot(page, "monitoring-disease-chapters-desktop");
		// the first chapter that links to what is behind it (which ones do depends on the
		// settlements the suite has posted before)
		var chapter = page.locator("main table.data a[href*='/chapter']").first();
		String name = chapter.innerText().strip();
		chapter.click();
		assertThat(page.locator("h1")).hasText(name);
		assertThat(page.locator("main table.data").first()).isVisible();
		Browser.shot(page, "monitoring-disease-chapter-behind-desktop");
		page.context().close();
		Page phone = browser.phone("ybj", PASSWORD);
		phone.navigate(browser.url("/monitoring/zone/diseases?area=R359900&period=2026&county=N&level=level3"));
		assertThat(phone.locator("select[name=county]")).hasValue("N");
		Browser.shot(phone, "monitoring-disease-chapters-phone");
		phone.navigate(browser.url("/monitoring/zone/diseases/chapter?area=R359900&period=2026&chapter=09"));
		Browser.shot(phone, "monitoring-disease-chapter-behind-phone");
		phone.context().close();
	}

	@Test
	void aHospitalsConsumptionIndicesDrgByDrg() {
		Page page = browser.desktop("wjw", PASSWORD);
		page.navigate(browser.url("/monitoring/performance/H35990000001?year=2026"));
		page.locator("a[href*='/consumption']").first().click();
		assertThat(page.locator("h1")).containsText("费用与时间消耗指数");
		assertThat(page.locator("table.data tbody tr").first()).isVisible();
		Browser.shot(page, "monitoring-consumption-desktop");
		page.context().close();
		Page phone = browser.phone("wjw", PASSWORD);
		phone.navigate(browser.url("/monitoring/performance/H35990000001/consumption?year=2026"));
		assertThat(phone.locator("h1")).containsText("费用与时间消耗指数");
		Browser.shot(phone, "monitoring-consumption-phone");
		phone.context().close();
	}

}
