package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.pharma.engine.PriceReform.Draft;
import org.sanyi.pharma.engine.PriceReform.Institution;
import org.sanyi.pharma.engine.PriceReform.ItemChange;
import org.sanyi.pharma.engine.PriceReform.ItemVolume;
import org.sanyi.pharma.engine.PriceReform.Outcome;
import org.sanyi.pharma.engine.PriceReform.Result;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 腾笼换鸟 by hand. H1: 诊察 10,000 (1,000 × 10), 手术 20,000 (10 × 2,000), 护理 15,000, drugs
 * 40,000, consumables 10,500, tests 16,000 (total 111,500), 集采 savings 6,000. H2: 诊察
 * 2,000 (200 × 10), 床位 5,000 (100 × 50), drugs 30,000, savings 9,000. The draft removes a
 * 5 % consumable mark-up, cuts tests 10 %, raises 诊察 50 % and 护理 20 %, sets 手术 to 2,400
 * and 床位 to 45; the fund bears 70 % of a change.
 */
class PriceReformTest {

	static ItemVolume item(String code, String type, String quantity, String amount) {
		return new ItemVolume(code, type, new BigDecimal(quantity), new BigDecimal(amount));
	}

	static final Institution H1 = new Institution("H1", "359921",
			List.of(item("S-DIAG", "02", "1000", "10000.00"), item("S-SURG", "06", "10", "20000.00"),
					item("S-NURSE", "07", "500", "15000.00"), item("D-1", "09", "20000", "40000.00"),
					item("C-1", "08", "100", "10500.00"), item("T-1", "04", "800", "16000.00")),
			new BigDecimal("6000"));

	static final Institution H2 = new Institution("H2", "359922", List.of(item("S-DIAG", "02", "200", "2000.00"),
			item("S-BED", "01", "100", "5000.00"), item("D-1", "09", "15000", "30000.00")), new BigDecimal("9000"));

	static final Draft DRAFT = new Draft(new BigDecimal("0.05"), new BigDecimal("0.10"), new BigDecimal("0.70"),
			Map.of("02", new BigDecimal("0.50"), "07", new BigDecimal("0.20")),
			Map.of("S-SURG", new BigDecimal("2400"), "S-BED", new BigDecimal("45")));

	@Test
	void anInstitutionsRoomIsItsSavingsTheMarkupAndTheTestCutsAndItsServicesRiseByPriceTimesVolume() {
		Outcome h1 = PriceReform.simulate(List.of(H1), DRAFT).institutions().getFirst();

		// 10,500 × 5 / 105 = 500; 16,000 × 10 % = 1,600; room 6,000 + 500 + 1,600
		assertThat(h1.markupRemoved()).isEqualByComparingTo("500.00");
		assertThat(h1.testCuts()).isEqualByComparingTo("1600.00");
		assertThat(h1.room()).isEqualByComparingTo("8100.00");
		// 诊察 +5,000, 手术 10 × (2,400 − 2,000) = +4,000, 护理 +3,000
		assertThat(h1.serviceIncrease()).isEqualByComparingTo("12000.00");
		assertThat(h1.aboveRoom()).isTrue();
		// fees change by 12,000 − 500 − 1,600 = 9,900: the fund 6,930, the patients 2,970
		assertThat(h1.fundChange()).isEqualByComparingTo("6930.00");
		assertThat(h1.outOfPocketChange()).isEqualByComparingTo("2970.00");
	}

	@Test
	void theRevenueStructureShiftsTowardsServices() {
		Outcome h1 = PriceReform.simulate(List.of(H1), DRAFT).institutions().getFirst();

		assertThat(h1.before().total()).isEqualByComparingTo("111500.00");
		assertThat(h1.after().total()).isEqualByComparingTo("121400.00");
		// 45,000 / 111,500 and 57,000 / 121,400
		assertThat(h1.before().share(FeeGroup.SERVICE)).isEqualByComparingTo("0.4036");
		assertThat(h1.after().share(FeeGroup.SERVICE)).isEqualByComparingTo("0.4695");
		// 药占比 40,000 / 111,500 → 40,000 / 121,400; 耗占比 10,500 / 111,500 → 10,000 /
		// 121,400
		assertThat(h1.before().share(FeeGroup.DRUG)).isEqualByComparingTo("0.3587");
		assertThat(h1.after().share(FeeGroup.DRUG)).isEqualByComparingTo("0.3295");
		assertThat(h1.before().share(FeeGroup.CONSUMABLE)).isEqualByComparingTo("0.0942");
		assertThat(h1.after().share(FeeGroup.CONSUMABLE)).isEqualByComparingTo("0.0824");
		assertThat(h1.after().of(FeeGroup.TEST)).isEqualByComparingTo("14400.00");
	}

	@Test
	void totalControlHoldsForTheRegionWhenItsIncreasesStayWithinItsRoomAndItemsGoUpAndDown() {
		Result result = PriceReform.simulate(List.of(H1, H2), DRAFT);

		Outcome h2 = result.institutions().get(1);
		// H2: 诊察 +1,000, 床位 100 × (45 − 50) = −500
		assertThat(h2.serviceIncrease()).isEqualByComparingTo("500.00");
		assertThat(h2.room()).isEqualByComparingTo("9000.00");
		assertThat(h2.aboveRoom()).isFalse();
		Outcome region = result.region();
		assertThat(region.room()).isEqualByComparingTo("17100.00");
		assertThat(region.serviceIncrease()).isEqualByComparingTo("12500.00");
		assertThat(region.fundChange()).isEqualByComparingTo("7280.00");
		assertThat(region.outOfPocketChange()).isEqualByComparingTo("3120.00");
		assertThat(result.withinRoom()).isTrue();
		assertThat(result.items()).extracting(ItemChange::code, ItemChange::direction)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("S-BED", -1),
					org.assertj.core.groups.Tuple.tuple("S-DIAG", 1), org.assertj.core.groups.Tuple.tuple("S-NURSE", 1),
					org.assertj.core.groups.Tuple.tuple("S-SURG", 1));
		assertThat(result.items().get(1).quantity()).isEqualByComparingTo("1200");
		assertThat(result.items().get(1).change()).isEqualByComparingTo("6000.00");
	}

	@Test
	void increasesBeyondTheRoomBreakTotalControl() {
		Draft generous = new Draft(BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.70"),
				Map.of("02", new BigDecimal("2.00")), Map.of());

		Result result = PriceReform.simulate(List.of(H2), generous);

		// H2: 诊察 +4,000 within its room of 9,000; H1: +20,000 beyond its 6,000 of savings
		assertThat(result.withinRoom()).isTrue();
		assertThat(PriceReform.simulate(List.of(H1), generous).withinRoom()).isFalse();
	}

	@Test
	void triggerConditionsHoldOnlyWhenTheFundCostsAndServiceShareAllAllowIt() {
		ReformTriggers triggers = new ReformTriggers(new BigDecimal("6"), new BigDecimal("0.08"),
				new BigDecimal("0.35"));

		var low = triggers.check(new BigDecimal("8"), new BigDecimal("0.05"), new BigDecimal("0.30"));
		var high = triggers.check(new BigDecimal("8"), new BigDecimal("0.05"), new BigDecimal("0.4036"));
		var poor = triggers.check(new BigDecimal("5.5"), new BigDecimal("0.05"), new BigDecimal("0.30"));

		assertThat(ReformTriggers.allMet(low)).isTrue();
		assertThat(ReformTriggers.allMet(high)).isFalse();
		assertThat(high).extracting(ReformTriggers.Check::met).containsExactly(true, true, false);
		assertThat(poor.getFirst().met()).isFalse();
	}

}
