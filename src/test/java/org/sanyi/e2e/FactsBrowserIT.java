package org.sanyi.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 数据接收 (the sources of the indicator facts, monitoring's event queue with an event that
 * failed, and the error queue) on a desktop and on a phone, in Chinese.
 */
class FactsBrowserIT extends BrowserTest {

	@Autowired
	JdbcClient jdbc;

	@Test
	void dataIntakeOnADesktopAndAPhone() {
		long failed = jdbc
			.sql("""
					insert into event_queue (consumer, event_type, serialized_event, attempts, last_error, not_before)
					values ('monitoring.facts', 'org.sanyi.shared.facts.FactsReported', '{}', 3,
					        'org.springframework.dao.DataIntegrityViolationException: value too long for type numeric(18,2)',
					        now() + interval '4 minutes')
					returning id""")
			.query(Long.class)
			.single();
		try {
			Page page = browser.desktop("admin", PASSWORD);
			page.navigate(browser.url("/monitoring/facts"));
			assertThat(page.locator("h1")).hasText("数据接收");
			assertThat(page.locator("main")).containsText("统计历史数据");
			assertThat(page.locator("main")).containsText("事件队列");
			assertThat(page.locator("main")).containsText("value too long");
			assertThat(page.locator("main")).containsText("业务模块报送数据");
			Browser.shot(page, "monitoring-facts-desktop");
			page.context().close();
			Page phone = browser.phone("admin", PASSWORD);
			phone.navigate(browser.url("/monitoring/facts"));
			assertThat(phone.locator("h1")).hasText("数据接收");
			Browser.shot(phone, "monitoring-facts-phone");
			phone.context().close();
		}
		finally {
			jdbc.sql("delete from event_queue where id = :id").param("id", failed).update();
		}
	}

}
