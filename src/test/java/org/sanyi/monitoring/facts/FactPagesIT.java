package org.sanyi.monitoring.facts;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.shared.facts.Fact;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 数据接收 lists each source's reports and the held facts within the viewer's scope: the
 * platform administrator sees facts of institutions the registry does not know, a county
 * regulator only those of their county's institutions, and a hospital's insurance clerk
 * may not open the page. The administrator also sees monitoring's rows of the event
 * queue: how many wait, and each event that failed alone with its error.
 */
@IntegrationTest
class FactPagesIT {

	static final String PASSWORD = "Sanyi@2026";

	@LocalServerPort
	int port;

	@Autowired
	FactStore store;

	@Autowired
	JdbcClient jdbc;

	@Test
	void heldFactsAreListedWithinTheViewersScope() {
		LocalDate day = LocalDate.of(2027, 5, 1);
		String key = "test:page:" + System.nanoTime();
		store.record(key, "test",
				List.of(Fact.of("ins.fee", "H99999999998", day, BigDecimal.ONE),
						Fact.of("test.not.declared", "H35992100001", day, BigDecimal.ONE),
						Fact.of("test.not.declared", "H35990000001", day, BigDecimal.ONE)));

		String admin = HttpSession.loggedIn(port, "admin", PASSWORD)
			.get("/monitoring/facts?problem=UNKNOWN_INSTITUTION")
			.body();
		assertThat(admin).contains("数据接收", "H99999999998", "机构未登记");

		String county = HttpSession.loggedIn(port, "wjw_county", PASSWORD).get("/monitoring/facts").body();
		assertThat(county).contains(key)
			.contains("H35992100001")
			.doesNotContain("H99999999998")
			.doesNotContain("H35990000001");

		assertThat(HttpSession.loggedIn(port, "ybb", PASSWORD).get("/monitoring/facts").statusCode()).isEqualTo(403);
	}

	@Test
	void theAdministratorSeesTheEventsThatFailedWithTheirError() {
		// an event the consumer could not take, tried once, next tried in an hour (so the
		// drain leaves it)
		long id = jdbc.sql("""
				insert into event_queue (consumer, event_type, serialized_event, attempts, last_error, not_before)
				values ('monitoring.facts', 'org.sanyi.insurance.SettlementReversed', '{}', 1,
				        'java.lang.IllegalStateException: test failure ' || :tag, now() + interval '1 hour')
				returning id""").param("tag", "FP-" + System.nanoTime()).query(Long.class).single();
		try {
			String admin = HttpSession.loggedIn(port, "admin", PASSWORD).get("/monitoring/facts").body();
			assertThat(admin).contains("事件队列", "计入失败", "医保结算冲正", "java.lang.IllegalStateException: test failure FP-");
			String en = HttpSession.loggedIn(port, "admin", PASSWORD).get("/monitoring/facts?lang=en").body();
			assertThat(en).contains("Event queue", "Failed", "Next attempt");
			String county = HttpSession.loggedIn(port, "wjw_county", PASSWORD).get("/monitoring/facts").body();
			assertThat(county).doesNotContain("事件队列").doesNotContain("test failure");
		}
		finally {
			jdbc.sql("delete from event_queue where id = :id").param("id", id).update();
		}
	}

}
