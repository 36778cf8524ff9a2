package org.sanyi.clinical.familydoctor.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.clinical.familydoctor.engine.ContractRules.PackageTerms;
import org.sanyi.clinical.familydoctor.engine.ContractRules.Refusal;

class ContractRulesTest {

	static final LocalDate DAY = LocalDate.of(2026, 12, 4);

	static final Map<String, PackageTerms> PACKAGES = Map.of("JB", terms("JB", true, "0.00", "50.00", "70.00", true),
			"JB2", terms("JB2", true, "0.00", "40.00", "80.00", true), "MB",
			terms("MB", false, "120.00", "30.00", "0.00", true), "OLD", terms("OLD", false, "10.00", "0", "0", false));

	static PackageTerms terms(String code, boolean basic, String price, String insurance, String publicHealth,
			boolean offered) {
		return new PackageTerms(code, basic, new BigDecimal(price), new BigDecimal(insurance),
				new BigDecimal(publicHealth), offered);
	}

	@Test
	void childrenUpToSixAndResidentsFromSixtyFiveAreDerivedOnTheDay() {
		assertThat(ContractRules.derive(DAY.minusYears(7).plusDays(1), DAY, false, false)).containsExactly(Crowd.CHILD);
		assertThat(ContractRules.derive(DAY.minusYears(7), DAY, false, false)).isEmpty();
		assertThat(ContractRules.derive(DAY.minusYears(65), DAY, false, false)).containsExactly(Crowd.ELDERLY);
		assertThat(ContractRules.derive(DAY.minusYears(65).plusDays(1), DAY, false, false)).isEmpty();
		assertThat(ContractRules.derive(null, DAY, true, true)).containsExactly(Crowd.HTN, Crowd.DM);
	}

	@Test
	void generalOnlyWhenNoKeyPopulationApplies() {
		assertThat(ContractRules.categories(Set.of(), Set.of())).containsExactly(Crowd.GENERAL);
		assertThat(ContractRules.categories(Set.of(), Set.of(Crowd.GENERAL))).containsExactly(Crowd.GENERAL);
		assertThat(ContractRules.categories(Set.of(Crowd.ELDERLY), Set.of(Crowd.GENERAL, Crowd.DIBAO)))
			.containsExactly(Crowd.ELDERLY, Crowd.DIBAO);
		assertThat(Crowd.join(ContractRules.categories(Set.of(Crowd.HTN), Set.of(Crowd.ELDERLY))))
			.isEqualTo("ELDERLY,HTN");
	}

	@Test
	void exactlyOneOfferedBasicPackageAndNoPackageTwice() {
		assertThat(ContractRules.checkPackages(List.of("JB", "MB"), PACKAGES)).isEmpty();
		assertThat(ContractRules.checkPackages(List.of("MB"), PACKAGES)).contains(Refusal.BASIC_PACKAGE_REQUIRED);
		assertThat(ContractRules.checkPackages(List.of(), PACKAGES)).contains(Refusal.BASIC_PACKAGE_REQUIRED);
		assertThat(ContractRules.checkPackages(List.of("JB", "JB2"), PACKAGES))
			.contains(Refusal.BASIC_PACKAGE_REQUIRED);
		assertThat(ContractRules.checkPackages(List.of("JB", "JB"), PACKAGES)).contains(Refusal.UNKNOWN_PACKAGE);
		assertThat(ContractRules.checkPackages(List.of("JB", "XX"), PACKAGES)).contains(Refusal.UNKNOWN_PACKAGE);
		assertThat(ContractRules.checkPackages(List.of("JB", "OLD"), PACKAGES)).contains(Refusal.UNKNOWN_PACKAGE);
	}

	@Test
	void theFeeIsSplitIntoTheResidentsTheInsuranceFundsAndPublicHealthsParts() {
		var fee = ContractRules.fee(List.of(PACKAGES.get("JB"), PACKAGES.get("MB")));
		assertThat(fee.resident()).isEqualByComparingTo("120.00");
		assertThat(fee.insurance()).isEqualByComparingTo("80.00");
		assertThat(fee.publicHealth()).isEqualByComparingTo("70.00");
		assertThat(fee.total()).isEqualByComparingTo("270.00");
		assertThat(fee.resident().scale()).isEqualTo(2);
		// the parts add up to the packages' fee exactly, to the fen
		var fen = ContractRules.fee(List.of(terms("A", true, "0.01", "33.33", "33.33", true),
				terms("B", false, "33.32", "0.01", "0.00", true)));
		assertThat(fen.total()).isEqualByComparingTo("100.00");
		assertThat(fen.resident().add(fen.insurance()).add(fen.publicHealth())).isEqualByComparingTo("100.00");
	}

	@Test
	void aPartNotInWholeFenIsRefusedNotRounded() {
		assertThatThrownBy(() -> ContractRules.fee(List.of(terms("A", true, "0.005", "50.00", "70.00", true))))
			.isInstanceOf(ArithmeticException.class);
	}

	@Test
	void aContractStartsTodayOrWithinThirtyDays() {
		assertThat(ContractRules.startAllowed(DAY, DAY)).isTrue();
		assertThat(ContractRules.startAllowed(DAY.plusDays(30), DAY)).isTrue();
		assertThat(ContractRules.startAllowed(DAY.plusDays(31), DAY)).isFalse();
		assertThat(ContractRules.startAllowed(DAY.minusDays(1), DAY)).isFalse();
		assertThat(ContractRules.startAllowed(null, DAY)).isFalse();
		assertThat(ContractRules.endOf(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
	}

	@Test
	void renewalOpensSixtyDaysBeforeTheEndAndClosesNinetyDaysAfter() {
		LocalDate end = DAY.plusDays(60);
		assertThat(ContractRules.renewalStart(end, DAY)).contains(end);
		assertThat(ContractRules.renewalStart(end.plusDays(1), DAY)).isEmpty();
		assertThat(ContractRules.renewalStart(DAY, DAY)).contains(DAY);
		assertThat(ContractRules.renewalStart(DAY.minusDays(90), DAY)).contains(DAY);
		assertThat(ContractRules.renewalStart(DAY.minusDays(91), DAY)).isEmpty();
	}

	@Test
	void aTerminationNeedsAReasonAndOtherANote() {
		assertThat(ContractRules.checkTermination(TerminationReason.MOVED, null, true)).isEmpty();
		assertThat(ContractRules.checkTermination(null, "搬家", true)).contains(Refusal.REASON_REQUIRED);
		assertThat(ContractRules.checkTermination(TerminationReason.OTHER, "  ", false))
			.contains(Refusal.REASON_REQUIRED);
		assertThat(ContractRules.checkTermination(TerminationReason.OTHER, "长期外出务工", false)).isEmpty();
		assertThat(ContractRules.checkTermination(TerminationReason.DECEASED, null, true))
			.contains(Refusal.REASON_REQUIRED);
		assertThat(ContractRules.checkTermination(TerminationReason.DECEASED, null, false)).isEmpty();
		assertThat(ContractRules.checkTermination(TerminationReason.MOVED, "字".repeat(201), false))
			.contains(Refusal.REASON_REQUIRED);
	}

	@Test
	void unknownCrowdCodesAreRefusedAndStoredCodesReadBack() {
		assertThat(ContractRules.parseCrowds(List.of("HTN", "PREGNANT"))).contains(Set.of(Crowd.HTN, Crowd.PREGNANT));
		assertThat(ContractRules.parseCrowds(List.of("HTN", "ALIEN"))).isEmpty();
		assertThat(Crowd.parseAll("DM, ELDERLY,,x")).containsExactly(Crowd.ELDERLY, Crowd.DM);
		assertThat(Crowd.anyKey(Set.of(Crowd.GENERAL))).isFalse();
	}

}
