package org.sanyi.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Facts reported by a module reach the indicator on the page: a report of a hospital's
 * fees in a month without other facts shows as its 药占比 with numerator and denominator; a
 * replayed report changes nothing; a correction (the negated facts under a new key) takes
 * it back.
 */
@IntegrationTest
class FactsToIndicatorIT {

	static final String HOSPITAL = "H35992100001";

	static final LocalDate DAY = LocalDate.of(2023, 6, 15);

	static final String EXPLAIN = "/monitoring/explain?indicator=drug_ratio&area=I" + HOSPITAL + "&period=2023-06";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	List<Fact> fees() {
		return List.of(new Fact("ins.fee", HOSPITAL, DAY, Map.of("fee_category", "09"), new BigDecimal("300.00")),
				new Fact("ins.fee", HOSPITAL, DAY, Map.of("fee_category", "05"), new BigDecimal("700.00")));
	}

	void report(String key, List<Fact> facts) {
		transactions.executeWithoutResult(tx -> events.publishEvent(new FactsReported(key, "insurance", facts)));
	}

	String until(HttpSession session, Predicate<String> shown) throws InterruptedException {
		String body = "";
		for (int i = 0; i < 100; i++) {
			body = session.get(EXPLAIN).body();
			if (shown.test(body)) {
				return body;
			}
			Thread.sleep(100);
		}
		return body;
	}

	@Test
	void reportedFactsShowAsTheHospitalsIndicatorAndACorrectionTakesThemBack() throws InterruptedException {
		HttpSession doctor = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");
		assertThat(doctor.get(EXPLAIN).body()).contains("—");

		report("it:facts-to-indicator:1", fees());
		String shown = until(doctor, b -> b.contains("30.00%"));
		report("it:facts-to-indicator:1", fees());
		Thread.sleep(500);
		String replayed = doctor.get(EXPLAIN).body();
		report("it:facts-to-indicator:1:cancel", fees().stream().map(Fact::negated).toList());
		String corrected = until(doctor, b -> !b.contains("30.00%"));

		assertThat(shown).contains("30.00%", "300", "1,000");
		assertThat(replayed).contains("30.00%", "1,000").doesNotContain("2,000");
		assertThat(corrected).doesNotContain("30.00%").contains("—");
	}

}
