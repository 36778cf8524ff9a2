package org.sanyi.e2e;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role logs in, browses the registry and sees only its data scope; every page is
 * photographed desktop- and phone-sized under target/screenshots.
 */
class RegistryBrowserIT extends BrowserTest {

	@Test
	void cityRegulatorSeesTheWholeCityAndExpandsTheRegionTree() {
		Page page = browser.desktop("wjw", PASSWORD);
		page.click(".sidebar >> text=行政区划");
		assertThat(page.locator("h1")).containsText("行政区划");
		page.locator(".tree-toggle").first().click();
		assertThat(page.locator(".tree ul ul li").first()).isVisible();
		Browser.shot(page, "registry-regions-wjw-desktop");

		page.click(".sidebar >> text=医疗机构");
		assertThat(page.locator("table.data tbody")).containsText("青溪市第一医院");
		assertThat(page.locator("table.data tbody")).containsText("云岫县总医院");
		assertThat(page.locator(".pager")).containsText("共");
		Browser.shot(page, "registry-institutions-wjw-desktop");

		page.fill("input[name=q]", "qxsdyyy");
		page.click(".search-form button[type=submit]");
		assertThat(page.locator("table.data tbody")).containsText("青溪市第一医院");

		page.click("table.data tbody a >> text=青溪市第一医院");
		assertThat(page.locator("h1")).containsText("青溪市第一医院");
		Browser.shot(page, "registry-institution-detail-wjw-desktop");

		page.click(".sidebar >> text=医联体");
		assertThat(page.locator("table.data tbody")).containsText("医共体");
		Browser.shot(page, "registry-alliances-wjw-desktop");
		page.context().close();
	}

	@Test
	void countyRegulatorSeesOnlyItsCounty() {
		Page page = browser.desktop("wjw_county", PASSWORD);
		page.navigate(browser.url("/registry/institutions"));
		assertThat(page.locator("table.data tbody")).containsText("云岫县");
		assertThat(page.locator("table.data tbody")).not().containsText("青溪市第一医院");
		Browser.shot(page, "registry-institutions-wjw_county-desktop");
		Response other = page.navigate(browser.url("/registry/institutions/H35990000001"));
		assertThat(other.status()).isEqualTo(404);
		Browser.shot(page, "registry-out-of-scope-wjw_county");
		page.context().close();
	}

	@Test
	void doctorSeesOnlyTheirHospital() {
		Page page = browser.desktop("doctor", PASSWORD);
		page.navigate(browser.url("/registry/institutions"));
		assertThat(page.locator(".pager")).containsText("共 1 条");
		assertThat(page.locator("table.data tbody")).containsText("云岫县总医院");
		Browser.shot(page, "registry-institutions-doctor-desktop");
		page.context().close();
	}

	@Test
	void insuranceClerkSeesOnlyTheirHospitalOnAPhone() {
		Page page = browser.phone("ybb", PASSWORD);
		page.navigate(browser.url("/registry/institutions"));
		assertThat(page.locator(".pager")).containsText("共 1 条");
		assertThat(page.locator("table.data tbody")).containsText("青溪市第一医院");
		Browser.shot(page, "registry-institutions-ybb-phone");
		page.context().close();
	}

	@Test
	void countyInsuranceOfficerAndCityOfficerBrowseOnPhones() {
		Page county = browser.phone("ybj_county", PASSWORD);
		county.navigate(browser.url("/registry/alliances"));
		assertThat(county.locator("table.data tbody")).containsText("云岫县");
		Browser.shot(county, "registry-alliances-ybj_county-phone");
		county.context().close();
		Page city = browser.phone("ybj", PASSWORD);
		city.navigate(browser.url("/registry/regions"));
		Browser.shot(city, "registry-regions-ybj-phone");
		city.context().close();
	}

	@Test
	void residentHasNoRegistryPages() {
		Page page = browser.phone("resident", PASSWORD);
		assertThat(page.locator(".sidebar")).not().containsText("医疗机构");
		Response denied = page.navigate(browser.url("/registry/institutions"));
		assertThat(denied.status()).isEqualTo(403);
		page.context().close();
	}

	@Test
	void adminSeesEverythingInEnglishToo() {
		Page page = browser.desktop("admin", PASSWORD);
		page.navigate(browser.url("/registry/institutions?lang=en"));
		assertThat(page.locator("h1")).containsText("Institutions");
		Browser.shot(page, "registry-institutions-admin-en");
		page.navigate(browser.url("/registry/institutions?lang=zh-CN"));
		page.context().close();
	}

}
