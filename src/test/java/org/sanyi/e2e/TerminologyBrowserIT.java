package org.sanyi.e2e;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Code systems and the insurance catalogue as an insurance officer and a doctor see them.
 */
class TerminologyBrowserIT extends BrowserTest {

	@Test
	void officerSearchesDiagnosesByPinyinInitials() {
		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.click(".sidebar >> text=标准编码");
		assertThat(page.locator("table.data tbody")).containsText("ICD10-YB");
		Browser.shot(page, "terminology-systems-ybj-desktop");
		page.navigate(browser.url("/terminology/systems/ICD10-YB?keyword=gxy"));
		assertThat(page.locator("table.data tbody")).containsText("高血压");
		Browser.shot(page, "terminology-icd10-gxy-desktop");
		page.context().close();
	}

	@Test
	void catalogueFiltersClassBItemsWithTheirSelfPayRatio() {
		Page page = browser.desktop("ybj", "Sanyi@2026");
		page.navigate(browser.url("/terminology/catalogue?cls=B"));
		assertThat(page.locator("table.data tbody")).containsText("乙");
		assertThat(page.locator("table.data tbody")).not().containsText("丙类");
		Browser.shot(page, "terminology-catalogue-b-desktop");
		page.context().close();
	}

	@Test
	void doctorReadsTheCatalogueOnAPhone() {
		Page page = browser.phone("doctor", "Sanyi@2026");
		page.navigate(browser.url("/terminology/catalogue"));
		assertThat(page.locator(".pager")).containsText("共");
		Browser.shot(page, "terminology-catalogue-doctor-phone");
		page.context().close();
	}

}
