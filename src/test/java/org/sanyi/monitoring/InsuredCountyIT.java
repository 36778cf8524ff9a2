package org.sanyi.monitoring;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.insurance.GatewayFixtures;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.engine.FactTotals.Selection;
import org.sanyi.monitoring.engine.IndicatorValue;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactHistory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 参保地 as a filter: the county hospital's discharges of one month, 30 of its own county's
 * insured and 10 of a neighbouring county's, give 县域内住院量占比 75 % over all, 100 % for its
 * own county's insured and 0 % for the neighbours'; an indicator whose facts carry no
 * insured county has no value in the slice; the page filters and keeps the filter while
 * drilling; a county that is not one is refused.
 */
@IntegrationTest
class InsuredCountyIT {

	static final String HOSPITAL = GatewayFixtures.COUNTY_HOSPITAL;

	/** A month no other test or the demo writes. */
	static final Period MONTH = Period.parse("2029-07");

	@LocalServerPort
	int port;

	@Autowired
	FactHistory history;

	@Autowired
	IndicatorQueries queries;

	static Map<String, String> dims(String personCounty, String inCounty) {
		return Map.of("insutype", "390", "clr_type", "21", "med_type", "21", "person_county", personCounty, "in_county",
				inCounty, "in_region", "Y");
	}

	void facts() {
		LocalDate day = MONTH.first().plusDays(9);
		history.importReport("it-insured-county:" + MONTH.code(), "it-insured-county",
				List.of(new Fact("ins.visit.count", HOSPITAL, day, dims("359921", "Y"), new BigDecimal("30")),
						new Fact("ins.visit.count", HOSPITAL, day, dims("359922", "N"), new BigDecimal("10")),
						new Fact("ins.fee", HOSPITAL, day, dims("359921", "Y"), new BigDecimal("300000.00")),
						new Fact("ins.fee", HOSPITAL, day, dims("359922", "N"), new BigDecimal("150000.00"))));
	}

	Map<String, IndicatorValue> values(String insured) {
		IndicatorQueries.Snapshot snapshot = queries.snapshot(insured);
		return snapshot.values(snapshot.select(List.of("in_county_inpatient_share", "inpatient_cost", "cmi")),
				new Selection.Institutions(Set.of(HOSPITAL)), MONTH);
	}

	@Test
	void theInsuredCountyNarrowsNumeratorAndDenominatorBeforeDividing() {
		facts();

		Map<String, IndicatorValue> all = values(null);
		Map<String, IndicatorValue> own = values("359921");
		Map<String, IndicatorValue> neighbours = values("359922");

		// 30 of 40 discharges in their own county; fees 450,000 / 40 = 11,250.00
		assertThat(all.get("in_county_inpatient_share").value()).isEqualByComparingTo("75.00");
		assertThat(all.get("inpatient_cost").value()).isEqualByComparingTo("11250.00");
		assertThat(own.get("in_county_inpatient_share").value()).isEqualByComparingTo("100.00");
		// 300,000 / 30 = 10,000.00
		assertThat(own.get("inpatient_cost").value()).isEqualByComparingTo("10000.00");
		assertThat(neighbours.get("in_county_inpatient_share").value()).isEqualByComparingTo("0.00");
		assertThat(neighbours.get("in_county_inpatient_share").denominator()).isEqualByComparingTo("10");
		// 150,000 / 10 = 15,000.00
		assertThat(neighbours.get("inpatient_cost").value()).isEqualByComparingTo("15000.00");
		// DRG month results carry no insured county
		assertThat(neighbours.get("cmi").defined()).isFalse();
	}

	@Test
	void theBrowserFiltersByInsuredCountyKeepsItWhenDrillingAndRefusesANonCounty() {
		facts();
		HttpSession wjw = HttpSession.loggedIn(port, "wjw", "Sanyi@2026");

		HttpResponse<String> page = wjw
			.get("/monitoring/indicators?area=R359921&period=" + MONTH.code() + "&set=REFORM&insured=359922");

		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("只含参保地为岚水县的参保人", "<option value=\"359922\" selected=\"selected\">岚水县</option>",
				"insured=359922");
		HttpResponse<String> explain = wjw.get("/monitoring/explain?indicator=in_county_inpatient_share&area=I"
				+ HOSPITAL + "&period=" + MONTH.code() + "&insured=359922");
		assertThat(explain.statusCode()).isEqualTo(200);
		assertThat(explain.body()).contains("只含参保地为岚水县的参保人", "0.00%");
		HttpResponse<String> bad = wjw.get("/monitoring/indicators?area=R359921&insured=3599");
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.body()).contains("MON-0018");
		assertThat(wjw.get("/monitoring/indicators?insured=359999").body()).contains("MON-0018");
	}

}
