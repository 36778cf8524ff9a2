package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.supervision.engine.PopulationRules.ClaimSummary;
import org.sanyi.supervision.engine.PopulationRules.Hit;
import org.sanyi.supervision.engine.PopulationRules.PeerCosts;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The population rules: peer costs, shared phones and overlapping cross-region visits.
 */
class PopulationRulesTest {

	static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	private int serial;

	@Test
	void aDoctorFarAboveTheOtherDoctorsOfTheSameLevelAndSceneIsFlaggedWithTheExcess() {
		PeerCosts costs = new PeerCosts(Claims.rule(RuleKind.PEER_COST_DOCTOR, "min_visits", "3", "min_peers", "4"));
		String[] normal = { "100", "110", "90", "105", "95" };
		for (int d = 0; d < normal.length; d++) {
			for (int v = 0; v < 3; v++) {
				costs.add(visit("P" + d, "D" + d, "H1", 3, Scene.OUTPATIENT, false, DAY, DAY, normal[d]));
			}
		}
		costs.add(visit("P9", "D9", "H1", 3, Scene.OUTPATIENT, false, DAY, DAY, "400"));
		costs.add(visit("P9", "D9", "H1", 3, Scene.OUTPATIENT, false, DAY, DAY, "500"));
		costs.add(visit("P9", "D9", "H1", 3, Scene.OUTPATIENT, false, DAY, DAY, "600"));
		List<Hit> hits = costs.outliers();
		assertThat(hits).singleElement().satisfies(h -> {
			assertThat(h.violation().code()).isEqualTo("D9");
			// filed on his first claim of the period
			assertThat(h.claim().total()).isEqualByComparingTo("400");
			// others: mean 100, population sd √50 = 7.0711; threshold 121.21; (500 −
			// 121.2132) × 3 = 1136.36
			assertThat(h.violation().amount()).isEqualByComparingTo("1136.36");
			assertThat(h.violation().reasonArgs()).startsWith("D9", "500.00", "100.00", "7.07", "3", "5");
		});
	}

	@Test
	void aDoctorWithinThePeersOrWithTooFewPeersOrVisitsIsNotFlagged() {
		PeerCosts costs = new PeerCosts(Claims.rule(RuleKind.PEER_COST_DOCTOR, "min_visits", "3", "min_peers", "4"));
		String[] normal = { "100", "110", "90", "105", "120" };
		for (int d = 0; d < normal.length; d++) {
			for (int v = 0; v < 3; v++) {
				costs.add(visit("P" + d, "D" + d, "H1", 3, Scene.OUTPATIENT, false, DAY, DAY, normal[d]));
			}
		}
		// far above, but only two visits
		costs.add(visit("P9", "D9", "H1", 3, Scene.OUTPATIENT, false, DAY, DAY, "900"));
		costs.add(visit("P9", "D9", "H1", 3, Scene.OUTPATIENT, false, DAY, DAY, "900"));
		// far above, but the only doctor of his level
		for (int v = 0; v < 3; v++) {
			costs.add(visit("P8", "D8", "H2", 2, Scene.OUTPATIENT, false, DAY, DAY, "900"));
		}
		assertThat(costs.outliers()).isEmpty();
	}

	@Test
	void institutionsAreComparedWithInstitutionsOfTheirLevel() {
		PeerCosts costs = new PeerCosts(
				Claims.rule(RuleKind.PEER_COST_INSTITUTION, "min_visits", "2", "min_peers", "3"));
		for (String[] h : new String[][] { { "H1", "200" }, { "H2", "210" }, { "H3", "190" }, { "H4", "205" },
				{ "H5", "900" } }) {
			costs.add(visit("P1", "", h[0], 2, Scene.INPATIENT, false, DAY, DAY.plusDays(3), h[1]));
			costs.add(visit("P2", "", h[0], 2, Scene.INPATIENT, false, DAY, DAY.plusDays(3), h[1]));
		}
		assertThat(costs.outliers()).extracting(h -> h.violation().code()).containsExactly("H5");
	}

	@Test
	void aPhoneSharedByMoreThanTheLimitFlagsEachPersonWithAClaim() {
		Rule rule = Claims.rule(RuleKind.SHARED_PHONE, "max_persons", "2");
		ClaimSummary a = visit("A", "", "H1", 3, Scene.OUTPATIENT, false, DAY, DAY, "80");
		ClaimSummary b = visit("B", "", "H1", 3, Scene.OUTPATIENT, false, DAY, DAY, "60");
		List<Hit> hits = PopulationRules.sharedPhone(rule, Map.of("A", 3, "B", 3, "C", 3, "D", 2),
				Map.of("A", a, "B", b, "D", visit("D", "", "H1", 3, Scene.OUTPATIENT, false, DAY, DAY, "1")),
				Map.of("A", "170****0001", "B", "170****0001", "C", "170****0001"));
		assertThat(hits).extracting(h -> h.claim().personId()).containsExactlyInAnyOrder("A", "B");
		assertThat(hits).allSatisfy(h -> assertThat(h.violation().reasonArgs()).startsWith("170****0001", "3"));
	}

	@Test
	void aCrossRegionStayOverlappingAVisitElsewhereIsFlaggedButATransferDayIsNot() {
		Rule rule = Claims.rule(RuleKind.REMOTE_OVERLAP);
		ClaimSummary remote = visit("P", "", "H1", 3, Scene.INPATIENT, true, DAY, DAY.plusDays(6), "3000");
		ClaimSummary during = visit("P", "", "H2", 1, Scene.OUTPATIENT, false, DAY.plusDays(3), DAY.plusDays(3), "50");
		assertThat(PopulationRules.remoteOverlap(rule, List.of(remote, during))).singleElement()
			.satisfies(h -> assertThat(h.claim()).isEqualTo(remote));
		ClaimSummary transfer = visit("P", "", "H2", 1, Scene.INPATIENT, false, DAY.plusDays(6), DAY.plusDays(9),
				"800");
		ClaimSummary sameHospital = visit("P", "", "H1", 3, Scene.OUTPATIENT, false, DAY.plusDays(2), DAY.plusDays(2),
				"50");
		ClaimSummary local = visit("P", "", "H3", 3, Scene.INPATIENT, false, DAY, DAY.plusDays(6), "3000");
		assertThat(PopulationRules.remoteOverlap(rule, List.of(remote, transfer, sameHospital))).isEmpty();
		assertThat(PopulationRules.remoteOverlap(rule, List.of(local, during))).isEmpty();
	}

	@Test
	void institutionsAreComparedWithInstitutionsOfTheirLevelAndType() {
		// 同级同类: a county TCM hospital costs more per stay than the township centres of
		// its
		// level, but among the TCM hospitals it is ordinary
		PeerCosts costs = new PeerCosts(
				Claims.rule(RuleKind.PEER_COST_INSTITUTION, "min_visits", "2", "min_peers", "3"));
		String[][] centres = { { "T1", "200" }, { "T2", "210" }, { "T3", "190" }, { "T4", "205" } };
		String[][] tcm = { { "C1", "900" }, { "C2", "940" }, { "C3", "880" }, { "C4", "920" } };
		for (String[] h : centres) {
			costs.add(typed(h[0], InstitutionType.PRIMARY, h[1]));
			costs.add(typed(h[0], InstitutionType.PRIMARY, h[1]));
		}
		for (String[] h : tcm) {
			costs.add(typed(h[0], InstitutionType.TCM, h[1]));
			costs.add(typed(h[0], InstitutionType.TCM, h[1]));
		}
		assertThat(costs.outliers()).isEmpty();
		// a fifth township centre billing like a TCM hospital stands out among the
		// centres
		costs.add(typed("T5", InstitutionType.PRIMARY, "900"));
		costs.add(typed("T5", InstitutionType.PRIMARY, "900"));
		assertThat(costs.outliers()).extracting(h -> h.violation().code()).containsExactly("T5");
	}

	@Test
	void aPeerRuleLimitedToTypesCountsOnlyTheirClaims() {
		Rule hospitals = Claims.rule(RuleKind.PEER_COST_INSTITUTION, "min_visits", "2", "min_peers", "3");
		hospitals = new Rule(hospitals.ruleId(), hospitals.name(), hospitals.kind(), hospitals.category(),
				hospitals.result(), hospitals.window(), hospitals.levels(), hospitals.scenes(), hospitals.stages(),
				hospitals.severity(), false, hospitals.parameters(), Set.of(), Set.of(InstitutionType.GENERAL));
		PeerCosts costs = new PeerCosts(hospitals);
		for (String[] h : new String[][] { { "T1", "200" }, { "T2", "210" }, { "T3", "190" }, { "T4", "205" },
				{ "T5", "900" } }) {
			costs.add(typed(h[0], InstitutionType.PRIMARY, h[1]));
			costs.add(typed(h[0], InstitutionType.PRIMARY, h[1]));
		}
		assertThat(costs.outliers()).isEmpty();
	}

	private ClaimSummary typed(String institution, InstitutionType type, String total) {
		serial++;
		return new ClaimSummary("S" + serial, "M" + serial, "P" + serial, institution, "359900", "", 2, type,
				Scene.INPATIENT, false, DAY, DAY.plusDays(3), DAY.plusDays(3), new BigDecimal(total));
	}

	private ClaimSummary visit(String person, String doctor, String institution, int level, Scene scene,
			boolean crossRegion, LocalDate from, LocalDate to, String total) {
		serial++;
		return new ClaimSummary("S" + serial, "M" + serial, person, institution, "359900", doctor, level, null, scene,
				crossRegion, from, to, to, new BigDecimal(total));
	}

}
