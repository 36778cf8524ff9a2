package org.sanyi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 双通道 and 处方流转 in the browser, in Chinese, with screenshots: the pharmacy's work page
 * (its prescriptions and stock), the bureau's view of the list, pharmacies and flow, and
 * the resident's prescriptions on a phone, where she chooses the pharmacy to collect at.
 */
class PrescriptionBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void thePharmacySeesItsPrescriptionsAndStock() {
		for (Page page : new Page[] { browser.desktop("yaodian", PASSWORD), browser.phone("yaodian", PASSWORD) }) {
			page.navigate(browser.url("/pharma/dual-channel"));
			assertThat(page.locator("#rx-work")).containsText("待处理处方");
			assertThat(page.locator("#rx-work tbody tr").first()).not().containsText("暂无数据");
			assertThat(page.locator("#dual-stock")).containsText("西格列汀片");
			Browser.shot(page, "pharma-pharmacy-work-" + (page.viewportSize().width < 500 ? "phone" : "desktop"));
			page.context().close();
		}
	}

	@Test
	void theBureauSeesTheListPharmaciesAndTheFlow() {
		Page page = browser.desktop("ybj", PASSWORD);
		page.navigate(browser.url("/pharma/dual-channel"));
		assertThat(page.locator("h1")).hasText("双通道与处方流转");
		assertThat(page.locator("#dual-drugs")).containsText("替格瑞洛片");
		assertThat(page.locator("#dual-pharmacies")).containsText("大药房");
		assertThat(page.locator("#rx-counts")).containsText("已取完");
		// the demo's waiting prescriptions are counted (待取药 is the first figure)
		assertThat(page.locator("#rx-counts .ph-big").first()).not().hasText("0");
		Browser.shot(page, "pharma-dual-channel-desktop");
		page.context().close();
	}

	@Test
	void theResidentSeesHerPrescriptionsAndChoosesAPharmacyOnHerPhone() {
		String waiting = jdbc
			.sql("select hi_rxno from ph_prescription where resident_id = 'demo-resident-1' and state = 'UPLOADED'"
					+ " order by issued_at desc limit 1")
			.query(String.class)
			.optional()
			.orElse(null);
		org.junit.jupiter.api.Assumptions.assumeTrue(waiting != null, "the demo resident's waiting prescription");
		Page page = browser.phone("resident", PASSWORD);
		page.navigate(browser.url("/portal/prescriptions"));
		assertThat(page.locator("h1")).hasText("我的处方");
		assertThat(page.locator("#rx-" + waiting)).containsText("待取药");
		assertThat(page.locator("#rx-" + waiting + " .rx-token")).containsText("取药码");
		assertThat(page.locator("main")).containsText("已撤销");
		Browser.shot(page, "pharma-portal-prescriptions-phone");
		page.locator("#rx-" + waiting + " form button").click();
		assertThat(page.locator("#rx-chosen")).isVisible();
		assertThat(page.locator("#rx-" + waiting)).containsText("取药药店");
		Browser.shot(page, "pharma-portal-prescription-chosen-phone");
		page.context().close();

		Page desktop = browser.desktop("resident", PASSWORD);
		desktop.navigate(browser.url("/portal/prescriptions"));
		Browser.shot(desktop, "pharma-portal-prescriptions-desktop");
		desktop.context().close();
	}

}
