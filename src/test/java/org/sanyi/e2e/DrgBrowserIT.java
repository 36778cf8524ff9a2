package org.sanyi.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The DRG scheme browser and grouping workbench in a real browser, in Chinese, desktop
 * and phone sized.
 */
class DrgBrowserIT extends BrowserTest {

	@Test
	void schemeBrowserWalksFromMdcToTheCodesOfAnAdrg() {
		// the city bureau: its region (359900) decides which weights and base rate stand
		// beside the DRGs
		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.click("text=DRG分组方案");
		assertThat(page.locator("h1")).hasText("DRG 分组方案");
		assertThat(page.locator("#scheme-table")).containsText("sanyi_demo");
		Browser.shot(page, "drg-schemes-desktop");
		page.click("#scheme-table >> text=三医演示分组方案");
		assertThat(page.locator("#scheme-size")).containsText("7 个 MDC、26 个 ADRG、57 个 DRG");
		page.click(".drg-nav >> text=消化系统疾病及功能障碍");
		assertThat(page.locator("#adrg-table")).containsText("阑尾切除术");
		page.click("#adrg-table >> text=GD1");
		assertThat(page.locator("#drg-table")).containsText("阑尾切除术，伴并发症或合并症");
		assertThat(page.locator("#drg-table")).containsText("伴并发症或合并症（CC 或 MCC）");
		assertThat(page.locator("#list-table")).containsText("急性阑尾炎");
		// the weights and payment standards of the version in force for the city stand
		// beside the DRGs
		assertThat(page.locator("#drg-table thead")).containsText("支付标准（元）");
		assertThat(page.locator("#adrg-card")).containsText("支付标准 = 权重 × 费率");
		assertThat(page.locator("#drg-table tbody tr").first().locator("td.num").first())
			.hasText(java.util.regex.Pattern.compile("^([0-9]+\\.[0-9]{4}|—)$"));
		Browser.shot(page, "drg-scheme-desktop");
		page.fill("input[name=q]", "E11.900");
		page.click("form.search-form >> text=搜索");
		assertThat(page.locator("#code-results")).containsText("2型糖尿病");
		assertThat(page.locator("#code-results")).containsText("CC · 排除表 DIABETES");
		Browser.shot(page, "drg-scheme-search-desktop");
		page.context().close();
	}

	@Test
	void workbenchGroupsAnExampleCaseAndShowsTheChineseTrace() {
		Page page = browser.desktop("admin", "Sanyi@2026");
		page.navigate(browser.url("/drg/group"));
		assertThat(page.locator("h1")).hasText("DRG 分组");
		page.click(".drg-examples >> text=阑尾切除伴糖尿病");
		page.click("#case-form button[type=submit]");
		assertThat(page.locator("#result-drg")).hasText("GD13");
		assertThat(page.locator("#result-status")).hasText("分组成功");
		assertThat(page.locator("#trace")).containsText("匹配 ADRG GD1 阑尾切除术（主诊断匹配、主手术匹配）");
		assertThat(page.locator("#trace")).containsText("其他诊断 E11.900（2型糖尿病）为一般并发症或合并症");
		assertThat(page.locator("#trace")).containsText("分组结果：MDCG → GD1 → GD13");
		Browser.shot(page, "drg-group-desktop");
		page.fill("textarea[name=diagnoses]", "K35.800\nX99.999");
		page.click("#case-form button[type=submit]");
		assertThat(page.locator("#case-problems")).containsText("诊断编码 X99.999 不在分组方案 sanyi_demo 中");
		Browser.shot(page, "drg-group-invalid-desktop");
		page.context().close();
	}

	@Test
	void workbenchAndBrowserOnAPhone() {
		Page page = browser.phone("admin", "Sanyi@2026");
		page.navigate(browser.url("/drg/group?example=stent"));
		page.click("#case-form button[type=submit]");
		assertThat(page.locator("#result-drg")).hasText("FM11");
		assertThat(page.locator("#trace")).containsText("伴严重并发症或合并症");
		Browser.shot(page, "drg-group-phone");
		page.navigate(browser.url("/drg/schemes"));
		page.click("#scheme-table >> text=三医演示分组方案");
		page.click(".drg-nav >> text=循环系统疾病及功能障碍");
		page.click("#adrg-table >> text=FM1");
		assertThat(page.locator("#drg-table")).containsText("FM11");
		Browser.shot(page, "drg-scheme-phone");
		page.context().close();
	}

	@Test
	void workbenchInEnglish() {
		Page page = browser.desktop("admin", "Sanyi@2026");
		page.navigate(browser.url("/drg/group?example=pneumonia&lang=en"));
		page.click("#case-form button[type=submit]");
		assertThat(page.locator("#result-status")).hasText("Grouped");
		assertThat(page.locator("#trace")).containsText("Entered MDCE: entry conditions hold");
		Browser.shot(page, "drg-group-en");
		page.navigate(browser.url("/drg/group?lang=zh-CN"));
		page.context().close();
	}

}
