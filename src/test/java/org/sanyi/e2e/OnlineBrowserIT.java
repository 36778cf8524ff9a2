package org.sanyi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The internet hospital end to end: the resident asks on her phone for a follow-up of her
 * hypertension (a condition never diagnosed in person is refused first) and for a renewal
 * of her inhaler; the county hospital's doctor takes the visit from the queue through the
 * consultation to the conclusion, issues the renewal as an e-prescription and works the
 * post-discharge check-ins; the resident reads the advice and the pickup code.
 * Screenshots on a desktop and a phone.
 */
class OnlineBrowserIT extends BrowserTest {

	@Test
	void aResidentsFollowUpAndRenewalAreTakenByTheHospitalsDoctor() {
		Page phone = browser.phone("resident", PASSWORD);
		phone.navigate(browser.url("/portal"));
		phone.click("main >> text=在线复诊");
		assertThat(phone.locator("h1")).hasText("在线复诊");
		Browser.shot(phone, "online-portal-phone");

		phone.selectOption("#condition", "K29.500");
		phone.selectOption("#institution", "H35992100001");
		phone.fill("#complaint", "胃部不适两周");
		phone.click("#request");
		assertThat(phone.locator("#online-error")).containsText("OL-0001");
		Browser.shot(phone, "online-portal-refused-phone");

		String hypertension = (String) phone.evalOnSelector("#condition",
				"s => [...s.options].map(o => o.value).find(v => v.startsWith('I10'))");
		phone.selectOption("#condition", hypertension);
		phone.selectOption("#institution", "H35992100001");
		phone.fill("#complaint", "最近一周家中血压 148/92 mmHg，按时服药，想调整用药");
		phone.click("#request");
		assertThat(phone.locator("#status")).hasText("待接诊");
		Browser.shot(phone, "online-visit-requested-phone");
		String visitUrl = phone.url();
		String visitId = visitUrl.substring(visitUrl.lastIndexOf('/') + 1);

		phone.navigate(browser.url("/portal/online"));
		// a prescription of 云岫县总医院 (its demo prescriber is 张伟), where the doctor below
		// works
		phone.locator("#renewable li:has-text('张伟') .renew").first().click();
		assertThat(phone.locator("#online-notice")).isVisible();
		assertThat(phone.locator("#my-renewals")).containsText("待审核");
		phone.context().close();

		Page doctor = browser.desktop("doctor", PASSWORD);
		doctor.navigate(browser.url("/online"));
		assertThat(doctor.locator("h1")).hasText("互联网医院");
		assertThat(doctor.locator("#renewal-table")).containsText("李春梅");
		Browser.shot(doctor, "online-queue-desktop");
		doctor.locator("#renewal-table tr:has-text('李春梅') .issue").first().click();
		assertThat(doctor.locator("#online-issued")).isVisible();

		doctor.navigate(browser.url("/online/" + visitId));
		assertThat(doctor.locator("#evidence")).containsText("I10");
		doctor.click("#accept");
		assertThat(doctor.locator("#status")).hasText("已接诊");
		doctor.fill("#video", "https://meeting.example.cn/j/20261204");
		doctor.click("#start");
		assertThat(doctor.locator("#status")).hasText("问诊中");
		doctor.fill("#body", "您好，近期有无头晕、胸闷？请继续早晚测量血压。");
		doctor.click("#send");
		assertThat(doctor.locator("#messages")).containsText("早晚测量血压");
		doctor.fill("#conclusion-text", "血压控制欠佳，氨氯地平加量至 10mg 每日一次，2周后在线复诊。");
		doctor.click("#complete");
		assertThat(doctor.locator("#status")).hasText("已完成");
		// the fee settled with insurance as an online visit (互联网复诊)
		assertThat(doctor.locator("#fee")).containsText("医保结算（互联网复诊）");
		assertThat(doctor.locator("#refund")).isVisible();
		Browser.shot(doctor, "online-visit-desktop");

		doctor.navigate(browser.url("/online/plans"));
		assertThat(doctor.locator("h1")).hasText("出院随访");
		Browser.shot(doctor, "online-plans-desktop");
		doctor.context().close();

		Page doctorPhone = browser.phone("doctor", PASSWORD);
		doctorPhone.navigate(browser.url("/online"));
		assertThat(doctorPhone.locator("#visits")).isVisible();
		Browser.shot(doctorPhone, "online-queue-phone");
		doctorPhone.navigate(browser.url("/online/plans"));
		assertThat(doctorPhone.locator("#due")).isVisible();
		Browser.shot(doctorPhone, "online-plans-phone");
		doctorPhone.navigate(browser.url("/online/" + visitId));
		Browser.shot(doctorPhone, "online-visit-phone");
		doctorPhone.context().close();

		Page resident = browser.phone("resident", PASSWORD);
		resident.navigate(browser.url("/portal/online/" + visitId));
		assertThat(resident.locator("#conclusion")).containsText("氨氯地平");
		assertThat(resident.locator("#video-link")).isVisible();
		assertThat(resident.locator("#fee")).containsText("医保结算");
		assertThat(resident.locator("#survey")).isVisible();
		Browser.shot(resident, "online-visit-completed-phone");
		resident.click("#submit-survey");
		assertThat(resident.locator("#surveyed")).isVisible();
		Browser.shot(resident, "online-visit-surveyed-phone");
		resident.navigate(browser.url("/portal/online"));
		assertThat(resident.locator("#my-renewals")).containsText("已开具");
		Browser.shot(resident, "online-portal-after-phone");
		resident.context().close();

		Page desktop = browser.desktop("resident", PASSWORD);
		desktop.navigate(browser.url("/portal/online"));
		assertThat(desktop.locator("#my-visits")).isVisible();
		Browser.shot(desktop, "online-portal-desktop");
		desktop.context().close();
	}

}
