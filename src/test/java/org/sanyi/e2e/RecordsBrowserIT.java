package org.sanyi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.sanyi.shared.IdNumber;

/**
 * The shared health record in the demo: the county doctor opens 李春梅's record (her own
 * hospital's visits, then all institutions by break-glass, the city hospital's pneumonia
 * stay with its results and trend charts), orders a chest film and is offered last week's
 * from the city hospital; the resident reads her reports and records on a phone.
 */
class RecordsBrowserIT extends BrowserTest {

	static final String LI_CHUNMEI = "35992119860412262" + IdNumber.checkCharacter("35992119860412262");

	@Test
	void doctorReadsTheCrossInstitutionRecord() {
		Page page = browser.desktop("doctor", PASSWORD);
		page.navigate(browser.url("/clinical/records"));
		assertThat(page.locator("h1")).hasText("共享健康档案");
		page.fill("#q", LI_CHUNMEI);
		page.click("form.search-form button[type=submit]");
		assertThat(page.locator(".patient-head")).containsText("李春梅");
		if (page.locator("#own-only").count() > 0) {
			assertThat(page.locator("main")).containsText("心血管内科门诊");
			Browser.shot(page, "records-own-only-desktop");
			page.fill(".breakglass-form input[name=reason]", "急诊胸痛，需了解既往检查");
			page.click(".breakglass-form button[type=submit]");
			assertThat(page.locator("#basis")).hasText("紧急调阅");
		}
		assertThat(page.locator("main")).containsText("社区获得性肺炎");
		assertThat(page.locator("main")).containsText("青溪市第一医院");
		assertThat(page.locator(".trend-chart canvas").first()).isVisible();
		Browser.shot(page, "records-timeline-desktop");
		page.context().close();
	}

	@Test
	void doctorIsOfferedARecognisableResultWhenOrdering() {
		Page page = browser.desktop("doctor", PASSWORD);
		page.navigate(browser.url("/clinical/recognition"));
		assertThat(page.locator("h1")).hasText("检查检验结果互认");
		page.fill("#q", LI_CHUNMEI);
		page.selectOption("#itemCode", "HR-I004");
		page.click("form.search-form button[type=submit]");
		assertThat(page.locator("#prompt")).containsText("青溪市第一医院");
		assertThat(page.locator("#prompt")).containsText("可互认");
		Browser.shot(page, "recognition-prompt-desktop");
		page.click("#prompt button[value=ACCEPT]");
		assertThat(page.locator("#decided")).containsText("60.00");
		Browser.shot(page, "recognition-accepted-desktop");
		page.context().close();

		Page phone = browser.phone("doctor", PASSWORD);
		phone.navigate(browser.url("/clinical/recognition"));
		phone.fill("#q", LI_CHUNMEI);
		phone.selectOption("#itemCode", "HR-L001");
		phone.click("form.search-form button[type=submit]");
		assertThat(phone.locator("#prompt")).isVisible();
		Browser.shot(phone, "recognition-prompt-phone");
		phone.context().close();
	}

	@Test
	void residentReadsReportsAndRecordsOnAPhoneAndSeesWhoReadThem() {
		Page doctor = browser.phone("doctor", PASSWORD);
		doctor.navigate(browser.url("/clinical/records/demo-resident-1"));
		assertThat(doctor.locator(".patient-head")).containsText("李春梅");
		Browser.shot(doctor, "records-timeline-phone");
		doctor.context().close();

		Page page = browser.phone("resident", PASSWORD);
		page.navigate(browser.url("/portal"));
		page.click("main >> text=检查报告");
		assertThat(page.locator("h1")).hasText("检查报告");
		assertThat(page.locator("main")).containsText("胸部CT平扫");
		assertThat(page.locator(".trend-chart canvas").first()).isVisible();
		Browser.shot(page, "records-reports-phone");
		page.navigate(browser.url("/portal/records"));
		assertThat(page.locator("h1")).hasText("电子病历");
		assertThat(page.locator("main")).containsText("出院小结");
		Browser.shot(page, "records-emr-phone");
		page.navigate(browser.url("/portal/access"));
		assertThat(page.locator("#access-log")).containsText("张伟");
		page.context().close();

		Page desktop = browser.desktop("resident", PASSWORD);
		desktop.navigate(browser.url("/portal/reports"));
		Browser.shot(desktop, "records-reports-desktop");
		desktop.context().close();
	}

}
