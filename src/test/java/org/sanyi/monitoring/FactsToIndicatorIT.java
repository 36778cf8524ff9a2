package org.sanyi.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
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

	static final String CITY = "359900";

	static final LocalDate DAY = LocalDate.of(2023, 6, 15);

	static final String EXPLAIN = "/monitoring/explain?indicator=drug_ratio&area=I" + HOSPITAL + "&period=2023-06";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	IndicatorQueries indicators;

	@Autowired
	Registry registry;

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

	/**
	 * A designated retail pharmacy's sales are settlements and fund payments of its
	 * county, but not its hospitals' 医疗收入: the county's 药占比 divides the hospital's fees
	 * only (300 of 1,000, not 800 of 1,500), its fund payments count both, and the
	 * pharmacy alone has no 药占比 at all.
	 */
	@Test
	void aPharmacysSalesCountInTheCountysFundPaymentsButNotInItsDrugShare() throws InterruptedException {
		Institution pharmacy = registry.institutionsUnderRegion(CITY)
			.stream()
			.filter(i -> i.kind() == Institution.Kind.PHARMACY)
			.findFirst()
			.orElseThrow();
		String region = pharmacy.regionCode().substring(0, 6);
		String hospital = registry.institutionsUnderRegion(region)
			.stream()
			.filter(i -> i.kind().isHospital())
			.map(Institution::code)
			.findFirst()
			.orElseThrow();
		LocalDate day = LocalDate.of(2022, 9, 14);
		report("it:pharmacy-share:hospital", List.of(fact("ins.fee", hospital, day, "09", "300.00"),
				fact("ins.fee", hospital, day, "05", "700.00"), fact("ins.fund_paid", hospital, day, null, "600.00")));
		report("it:pharmacy-share:pharmacy", List.of(fact("ins.fee", pharmacy.code(), day, "09", "500.00"),
				fact("ins.fund_paid", pharmacy.code(), day, null, "200.00")));

		// the two reports arrive within a second of their commit; the two indicators are
		// two questions, each its own snapshot, so wait until both have seen them
		// (waiting
		// for fund_paid alone once read a drug share asked a moment before the reports
		// arrived)
		Map<String, IndicatorValue> county = values(new Selection.Region(region), day);
		for (int i = 0; i < 100 && !(county.get("fund_paid").numerator().compareTo(new BigDecimal("800")) == 0
				&& county.get("drug_ratio").denominator() != null
				&& county.get("drug_ratio").denominator().signum() > 0); i++) {
			Thread.sleep(100);
			county = values(new Selection.Region(region), day);
		}
		Map<String, IndicatorValue> alone = values(new Selection.Institutions(Set.of(pharmacy.code())), day);

		assertThat(county.get("drug_ratio").numerator()).isEqualByComparingTo("300.00");
		assertThat(county.get("drug_ratio").denominator()).isEqualByComparingTo("1000.00");
		assertThat(county.get("drug_ratio").value()).isEqualByComparingTo("30.00");
		assertThat(county.get("fund_paid").numerator()).isEqualByComparingTo("800.00");
		assertThat(alone.get("drug_ratio").defined()).isFalse();
		assertThat(alone.get("fund_paid").numerator()).isEqualByComparingTo("200.00");
	}

	static Fact fact(String element, String institution, LocalDate day, String category, String value) {
		return new Fact(element, institution, day, category == null ? Map.of() : Map.of("fee_category", category),
				new BigDecimal(value));
	}

	Map<String, IndicatorValue> values(Selection where, LocalDate day) {
		IndicatorQueries.Snapshot snapshot = indicators.snapshot();
		return snapshot.values(snapshot.select(List.of("drug_ratio", "fund_paid")), where,
				Period.month(YearMonth.from(day)));
	}

}
