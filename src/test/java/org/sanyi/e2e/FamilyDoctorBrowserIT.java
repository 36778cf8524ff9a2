package org.sanyi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The family-doctor team's desk and a follow-up with its 红黄绿 tier (an impossible blood
 * pressure refused first), the county centre's view by tier and team, and the resident's
 * 家庭医生 on her phone; screenshots on a desktop and a phone.
 */
class FamilyDoctorBrowserIT extends BrowserTest {

	@Test
	void theTeamRecordsAFollowUpAndSeesItsTier() {
		Page page = browser.desktop("jtys", PASSWORD);
		page.navigate(browser.url("/familydoctor?all=true"));
		assertThat(page.locator("h1")).hasText("家庭医生工作台");
		Browser.shot(page, "familydoctor-tasks-desktop");
		page.locator("#patients a.btn").first().click();
		assertThat(page.locator("#followups")).isVisible();
		page.fill("#sbp", "90");
		page.fill("#dbp", "130");
		page.fill("#fpg", "6.2");
		page.click("#save-followup");
		assertThat(page.locator("#followup-error")).containsText("FD-0004");
		page.fill("#sbp", "146");
		page.fill("#dbp", "88");
		page.fill("#fpg", "6.2");
		page.fill("#medication", "氨氯地平片 5mg qd");
		page.click("#save-followup");
		assertThat(page.locator("#recorded")).isVisible();
		Browser.shot(page, "familydoctor-patient-desktop");
		page.context().close();

		Page phone = browser.phone("jtys", PASSWORD);
		phone.navigate(browser.url("/familydoctor"));
		assertThat(phone.locator("h1")).hasText("家庭医生工作台");
		Browser.shot(phone, "familydoctor-tasks-phone");
		phone.locator("#patients a.btn").first().click();
		assertThat(phone.locator("#followups")).isVisible();
		Browser.shot(phone, "familydoctor-patient-phone");
		phone.context().close();
	}

	@Test
	void theCountyCentreSeesTiersByTeamAndTheResidentHerContract() {
		Page page = browser.desktop("wjw_county", PASSWORD);
		page.navigate(browser.url("/familydoctor/centre"));
		assertThat(page.locator("#teams")).containsText("家庭医生一团队");
		Browser.shot(page, "familydoctor-centre-desktop");
		page.context().close();
		Page county = browser.phone("wjw_county", PASSWORD);
		county.navigate(browser.url("/familydoctor/centre"));
		assertThat(county.locator("h1")).hasText("慢病分级管理");
		Browser.shot(county, "familydoctor-centre-phone");
		county.context().close();

		Page phone = browser.phone("resident", PASSWORD);
		phone.navigate(browser.url("/portal"));
		phone.click("main >> text=家庭医生");
		assertThat(phone.locator("#contract")).containsText("刘秀英");
		assertThat(phone.locator("#portal-followups")).isVisible();
		Browser.shot(phone, "familydoctor-portal-phone");
		phone.context().close();
		Page desktop = browser.desktop("resident", PASSWORD);
		desktop.navigate(browser.url("/portal/family-doctor"));
		assertThat(desktop.locator("#contract")).isVisible();
		Browser.shot(desktop, "familydoctor-portal-desktop");
		desktop.context().close();
	}

}
