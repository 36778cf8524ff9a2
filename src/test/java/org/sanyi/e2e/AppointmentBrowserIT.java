package org.sanyi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.Instant;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import org.junit.jupiter.api.Test;
import org.sanyi.clinical.AppointmentAdmin;
import org.sanyi.clinical.appointment.TestClinic;
import org.sanyi.clinical.appointment.queue.QueueService;
import org.sanyi.shared.PlatformTime;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The resident's phone journey (book, pay, cancel; the live queue and its call; the
 * survey) and the outpatient desk's waiting lists, in Chinese, with screenshots.
 */
class AppointmentBrowserIT extends BrowserTest {

	@Autowired
	AppointmentAdmin admin;

	@Autowired
	QueueService queue;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aResidentBooksPaysAndCancelsOnAPhone() {
		TestClinic clinic = TestClinic.open(admin, jdbc, PlatformTime.today().plusDays(2), 6, 3, 1, 1, "20.00");
		Page page = browser.phone("resident", PASSWORD);
		page.navigate(browser.url("/portal"));
		page.click("main >> text=预约挂号");
		assertThat(page.locator("h1")).hasText("预约挂号");
		assertThat(page.locator("#institutions")).containsText("青溪市第一医院");
		Browser.shot(page, "appointment-institutions-phone");
		page.click("#institutions >> text=青溪市第一医院");
		assertThat(page.locator("#departments")).containsText("测试门诊");
		Browser.shot(page, "appointment-departments-phone");
		page.click("#departments >> text=测试门诊");
		assertThat(page.locator("#schedules")).containsText("余号");
		Browser.shot(page, "appointment-doctors-phone");
		page.navigate(browser.url("/portal/appointments/book?schedule=" + clinic.scheduleId));
		assertThat(page.locator("#slots li")).hasCount(6);
		Browser.shot(page, "appointment-slots-phone");

		page.locator("#slots button").first().click();
		assertThat(page.locator("#status")).hasText("待支付");
		Browser.shot(page, "appointment-hold-phone");
		page.click("#pay");
		assertThat(page.locator("#status")).hasText("已预约");
		assertThat(page.locator("#number")).hasText("1 号");
		Browser.shot(page, "appointment-booked-phone");
		page.click("#cancel");
		assertThat(page.locator("#status")).hasText("已取消");
		page.navigate(browser.url("/portal/appointments"));
		assertThat(page.locator("#appointments")).containsText("已取消");
		Browser.shot(page, "appointment-mine-phone");
		page.context().close();
	}

	@Test
	void theResidentsPhoneShowsHerPlaceInTheQueueAndTheCall() {
		Long id = jdbc
			.sql("select id from ca_appointment where resident_id = 'demo-resident-1' and status = 'CHECKED_IN'"
					+ " and institution_code = 'H35992100001' order by id desc limit 1")
			.query(Long.class)
			.optional()
			.orElse(null);
		org.junit.jupiter.api.Assumptions.assumeTrue(id != null, "the demo's queue of today");
		Page page = browser.phone("resident", PASSWORD);
		page.navigate(browser.url("/portal/appointments/" + id));
		assertThat(page.locator("#position")).containsText("您前面还有");
		assertThat(page.locator("#current")).not().hasText("—");
		Browser.shot(page, "appointment-queue-phone");

		queue.call("H35992100001", id, Instant.now());

		// the page polls every 5 seconds: the call reaches the phone without a reload
		assertThat(page.locator("#called")).containsText("诊室",
				new LocatorAssertions.ContainsTextOptions().setTimeout(12_000));
		assertThat(page.locator("#status")).hasText("已叫号");
		Browser.shot(page, "appointment-called-phone");
		page.context().close();
	}

	@Test
	void theResidentRatesYesterdaysVisit() {
		Long id = jdbc
			.sql("select a.id from ca_appointment a where a.resident_id = 'demo-resident-1'"
					+ " and a.status = 'FULFILLED' and not exists (select 1 from ca_survey_response r"
					+ " where r.appointment_id = a.id) order by a.id limit 1")
			.query(Long.class)
			.optional()
			.orElse(null);
		org.junit.jupiter.api.Assumptions.assumeTrue(id != null, "the demo's visit of yesterday");
		Page page = browser.phone("resident", PASSWORD);
		page.navigate(browser.url("/portal/appointments/" + id));
		page.click("#survey");
		assertThat(page.locator("h1")).hasText("满意度评价");
		Browser.shot(page, "appointment-survey-phone");
		page.fill("#comment", "医生很耐心");
		page.click("#submit-survey");
		assertThat(page.locator("#thanks")).isVisible();
		Browser.shot(page, "appointment-surveyed-phone");
		page.context().close();
	}

	@Test
	void theOutpatientDeskSeesTheDaysListsAndCallsTheNextPatient() {
		Page page = browser.desktop("doctor", PASSWORD);
		page.navigate(browser.url("/appointment/queue"));
		assertThat(page.locator("h1")).hasText("候诊队列");
		Browser.shot(page, "appointment-desk-desktop");
		page.locator("#schedules a").first().click();
		assertThat(page.locator("#queue")).isVisible();
		Browser.shot(page, "appointment-desk-queue-desktop");
		page.click("#call-next");
		assertThat(page.locator("#queue")).isVisible();
		page.context().close();

		Page phone = browser.phone("doctor", PASSWORD);
		phone.navigate(browser.url("/appointment/queue"));
		Browser.shot(phone, "appointment-desk-phone");
		phone.locator("#schedules a").first().click();
		Browser.shot(phone, "appointment-desk-queue-phone");
		phone.context().close();
	}

}
