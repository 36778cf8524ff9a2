package org.sanyi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Remote consultation in the demo: the county doctor sees the hospital's consultations,
 * opens the completed one with the opinion and fee, asks for a new one sharing 李春梅's
 * chest CT report; the city hospital's consultant sees the multidisciplinary consultation
 * scheduled for tomorrow; both on a phone too.
 */
class ConsultationBrowserIT extends BrowserTest {

	@Test
	void countyDoctorRequestsAndReadsConsultations() {
		Page page = browser.desktop("doctor", PASSWORD);
		page.navigate(browser.url("/clinical/consultations"));
		assertThat(page.locator("h1")).hasText("远程会诊");
		assertThat(page.locator("#consultations")).containsText("已完成");
		Browser.shot(page, "consultation-list-desktop");
		page.locator("#consultations tbody tr:has-text('已完成') a").first().click();
		// the demo's opinion or one ConsultationIT completed at the same hospital: both
		// advise a low-dose CT
		assertThat(page.locator("#opinion")).containsText("低剂量");
		assertThat(page.locator("#fee")).containsText("150.00");
		Browser.shot(page, "consultation-completed-desktop");

		page.navigate(browser.url("/clinical/consultations/new?q=demo-resident-1"));
		assertThat(page.locator("#request-form")).containsText("李春梅");
		if (page.locator("#shareable input[type=checkbox]").count() > 0) {
			page.locator("#shareable input[type=checkbox]").first().check();
		}
		page.fill("#question", "肺结节随访中出现咯血，请会诊。");
		Browser.shot(page, "consultation-new-desktop");
		page.click("#request-form button[type=submit]");
		assertThat(page.locator("#status")).hasText("待安排");
		page.context().close();

		Page phone = browser.phone("doctor", PASSWORD);
		phone.navigate(browser.url("/clinical/consultations"));
		assertThat(phone.locator("h1")).hasText("远程会诊");
		Browser.shot(phone, "consultation-list-phone");
		phone.context().close();
	}

	@Test
	void consultantSeesTheScheduledMdt() {
		Page page = browser.desktop("consultant", PASSWORD);
		page.navigate(browser.url("/clinical/consultations?role=received"));
		page.locator("#consultations tbody tr:has-text('已安排') a").first().click();
		assertThat(page.locator("#consultant-list")).containsText("多学科会诊");
		assertThat(page.locator("#meeting")).isVisible();
		Browser.shot(page, "consultation-mdt-desktop");
		page.context().close();

		Page phone = browser.phone("consultant", PASSWORD);
		phone.navigate(browser.url("/clinical/consultations?role=received"));
		phone.locator("#consultations tbody tr:has-text('已安排') a").first().click();
		assertThat(phone.locator("#consultant-list")).containsText("胸外科");
		Browser.shot(phone, "consultation-mdt-phone");
		phone.context().close();
	}

}
