package org.sanyi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sanyi.shared.IdNumber;

/**
 * The referral loop in the browser, in Chinese: the family doctor of a township centre
 * refers 李春梅 up to 云岫县总医院 with the form, the hospital's doctor accepts with a bed, and
 * 李春梅 follows it on her phone (我的转诊); screenshots of each page on a desktop and a phone.
 */
class ReferralBrowserIT extends BrowserTest {

	static final String LI_CHUNMEI = "35992119860412262" + IdNumber.checkCharacter("35992119860412262");

	@Test
	void aFamilyDoctorRefersUpTheHospitalAcceptsAndTheResidentSeesIt() {
		Page family = browser.desktop("jtys", PASSWORD);
		family.navigate(browser.url("/referral?box=out"));
		assertThat(family.locator("h1")).hasText("双向转诊");
		Browser.shot(family, "referral-list-desktop");
		family.click("#new-referral");
		assertThat(family.locator("h1")).hasText("发起上转");
		family.fill("#idNumber", LI_CHUNMEI);
		family.selectOption("#toInstitution", "H35992100001");
		family.selectOption("#kind", "INPATIENT");
		family.fill("#diagnosisCode", "I63.9");
		family.fill("#diagnosisName", "脑梗死");
		family.fill("#reason", "左侧肢体无力 3 小时，需溶栓评估");
		Browser.shot(family, "referral-new-desktop");
		family.click("#submit-referral");
		assertThat(family.locator("#status")).hasText("待接收");
		String path = family.url().substring(family.url().indexOf("/referral/"));
		Browser.shot(family, "referral-requested-desktop");
		family.context().close();

		Page hospital = browser.desktop("doctor", PASSWORD);
		hospital.navigate(browser.url("/referral?box=in"));
		assertThat(hospital.locator("#referrals")).containsText("李春梅");
		hospital.navigate(browser.url(path));
		hospital.fill("#bed", "神经内科 8 床");
		hospital.click("#accept");
		assertThat(hospital.locator("#status")).hasText("已接收");
		assertThat(hospital.locator("#reserved")).containsText("神经内科 8 床");
		Browser.shot(hospital, "referral-accepted-desktop");
		hospital.context().close();

		Page phone = browser.phone("resident", PASSWORD);
		phone.navigate(browser.url("/portal"));
		phone.click("main >> text=转诊");
		assertThat(phone.locator("h1")).hasText("我的转诊");
		assertThat(phone.locator("main")).containsText("神经内科 8 床");
		Browser.shot(phone, "referral-portal-phone");
		phone.context().close();
	}

	@Test
	void theDoctorsPagesFitAPhone() {
		Page page = browser.phone("doctor", PASSWORD);
		page.navigate(browser.url("/referral?box=in"));
		assertThat(page.locator("h1")).hasText("双向转诊");
		Browser.shot(page, "referral-list-phone");
		page.locator("#referrals a.btn").first().click();
		assertThat(page.locator("#history")).isVisible();
		Browser.shot(page, "referral-detail-phone");
		page.navigate(browser.url("/referral/new?direction=DOWN"));
		assertThat(page.locator("h1")).hasText("发起下转");
		Browser.shot(page, "referral-new-phone");
		page.context().close();

		Page desktop = browser.desktop("resident", PASSWORD);
		desktop.navigate(browser.url("/portal/referrals"));
		assertThat(desktop.locator("h1")).hasText("我的转诊");
		Browser.shot(desktop, "referral-portal-desktop");
		desktop.context().close();
	}

}
