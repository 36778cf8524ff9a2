package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.pharma.engine.Antimicrobials.Ddd;
import org.sanyi.pharma.engine.Antimicrobials.DrugLine;
import org.sanyi.pharma.engine.Antimicrobials.VisitUse;

import static org.assertj.core.api.Assertions.assertThat;

/** DDDs of settled drug lines, worked by hand from the WHO DDDs of the seed. */
class AntimicrobialsTest {

	static final List<Ddd> TABLE = List.of(new Ddd("J01CA04", "阿莫西林", "O", new BigDecimal("1.5")),
			new Ddd("J01CR02", "阿莫西林克拉维酸钾", "O", new BigDecimal("1.5")),
			new Ddd("J01DD04", "头孢曲松", "P", new BigDecimal("2")),
			new Ddd("J01MA14", "莫西沙星", "O", new BigDecimal("0.4")),
			new Ddd("J01MA14", "莫西沙星", "P", new BigDecimal("0.4")));

	@Test
	void antimicrobialsAreTheAntibacterialAntifungalAntimycobacterialAndNitroimidazoleClasses() {
		assertThat(Antimicrobials.isAntimicrobial("J01DD")).isTrue();
		assertThat(Antimicrobials.isAntimicrobial("J02AC01")).isTrue();
		assertThat(Antimicrobials.isAntimicrobial("J04AB")).isTrue();
		assertThat(Antimicrobials.isAntimicrobial("P01AB01")).isTrue();
		assertThat(Antimicrobials.isAntimicrobial("J05AB")).isFalse();
		assertThat(Antimicrobials.isAntimicrobial("C08CA")).isFalse();
		assertThat(Antimicrobials.isAntimicrobial(null)).isFalse();
	}

	@Test
	void strengthIsTheSpecificationsFirstQuantityInGrams() {
		assertThat(Antimicrobials.gramsPerUnit("0.25g*24粒")).contains(new BigDecimal("0.25"));
		assertThat(Antimicrobials.gramsPerUnit("1g")).contains(new BigDecimal("1"));
		assertThat(Antimicrobials.gramsPerUnit("400mg:250ml")).contains(new BigDecimal("0.400"));
		assertThat(Antimicrobials.gramsPerUnit("100μg*30片")).contains(new BigDecimal("0.000100"));
		assertThat(Antimicrobials.gramsPerUnit("10ml")).isEmpty();
		assertThat(Antimicrobials.gramsPerUnit("每盒24粒")).isEmpty();
		assertThat(Antimicrobials.gramsPerUnit(null)).isEmpty();
	}

	@Test
	void injectionsAreParenteralEverythingElseOral() {
		assertThat(Antimicrobials.route("注射剂", "头孢曲松钠注射剂")).isEqualTo("P");
		assertThat(Antimicrobials.route(null, "注射用美罗培南")).isEqualTo("P");
		assertThat(Antimicrobials.route(null, "盐酸莫西沙星氯化钠注射液")).isEqualTo("P");
		assertThat(Antimicrobials.route("片剂", "莫西沙星片")).isEqualTo("O");
	}

	@Test
	void theDddRowIsTheExactCodeElseTheLongestSubstanceOfTheClassOnTheSameRoute() {
		assertThat(Antimicrobials.dddOf(TABLE, "J01CR", "阿莫西林克拉维酸钾片", "O")).map(Ddd::atcCode).contains("J01CR02");
		assertThat(Antimicrobials.dddOf(TABLE, "J01CA", "阿莫西林胶囊", "O")).map(Ddd::atcCode).contains("J01CA04");
		assertThat(Antimicrobials.dddOf(TABLE, "J01MA14", "whatever", "P")).map(Ddd::route).contains("P");
		// ceftriaxone has no oral DDD; the class of the code must match the substance's
		assertThat(Antimicrobials.dddOf(TABLE, "J01DD", "头孢曲松钠", "O")).isEmpty();
		assertThat(Antimicrobials.dddOf(TABLE, "J01MA", "头孢曲松钠", "P")).isEmpty();
	}

	@Test
	void aStayWithCeftriaxoneAndMoxifloxacinTabletsAndAnUnknownInjection() {
		// ceftriaxone 1 g a vial, 6 vials: 6 g / 2 g = 3 DDD
		DrugLine ceftriaxone = new DrugLine("J01DD", "头孢曲松钠", "P", new BigDecimal("1"), new BigDecimal("6"), true);
		// moxifloxacin 0.4 g × 3 tablets a box, 2 boxes: 2.4 g / 0.4 g = 6 DDD
		DrugLine moxifloxacin = new DrugLine("J01MA", "莫西沙星片", "O", new BigDecimal("1.2"), new BigDecimal("2"), false);
		// meropenem without a strength in the catalogue: counted as use, not measured
		DrugLine meropenem = new DrugLine("J01DH", "注射用美罗培南", "P", null, new BigDecimal("9"), false);
		DrugLine amlodipine = new DrugLine("C08CA", "苯磺酸氨氯地平片", "O", new BigDecimal("0.005"), BigDecimal.TEN, true);

		VisitUse use = Antimicrobials.of(List.of(ceftriaxone, moxifloxacin, meropenem, amlodipine), TABLE);

		assertThat(use.drugs()).isTrue();
		assertThat(use.antibiotic()).isTrue();
		assertThat(use.essential()).isTrue();
		assertThat(use.ddds()).isEqualByComparingTo("9");
		assertThat(use.unmeasured()).isEqualTo(1);
		// 9 DDDs over a 10-day stay: AUD 90 DDDs per 100 patient-days; with 30 such stays
		// of 10 days and 3 of them on antimicrobials it is 9.00
		assertThat(DrugUse.aud(use.ddds(), new BigDecimal("10"))).isEqualByComparingTo("90.00");
		assertThat(DrugUse.aud(use.ddds().multiply(BigDecimal.valueOf(3)), new BigDecimal("300")))
			.isEqualByComparingTo("9.00");
	}

	@Test
	void aVisitWithoutAntimicrobialsContributesNoDdds() {
		VisitUse use = Antimicrobials.of(List.of(new DrugLine("C08CA", "苯磺酸氨氯地平片", "O", null, BigDecimal.ONE, false)),
				TABLE);
		assertThat(use.antibiotic()).isFalse();
		assertThat(use.ddds()).isEqualByComparingTo("0");
		assertThat(use.unmeasured()).isZero();
		assertThat(Antimicrobials.of(List.of(), TABLE).drugs()).isFalse();
	}

	@Test
	void aVisitUsesASystemicAntibacterialOnlyWithAJ01LineNotRefunded() {
		DrugLine amoxiclav = new DrugLine("J01CR", "阿莫西林克拉维酸钾片", "O", null, new BigDecimal("18"), false);
		DrugLine refund = new DrugLine("J01CR", "阿莫西林克拉维酸钾片", "O", null, new BigDecimal("-18"), false);
		DrugLine fluconazole = new DrugLine("J02AC", "氟康唑胶囊", "O", null, new BigDecimal("7"), false);
		DrugLine paracetamol = new DrugLine("N02BE", "对乙酰氨基酚片", "O", null, new BigDecimal("6"), true);
		DrugLine unknown = new DrugLine(null, "复方甘草片", "O", null, new BigDecimal("1"), false);

		assertThat(Antimicrobials.antibacterial(List.of(paracetamol, amoxiclav))).isTrue();
		// an antimycotic is an antimicrobial, but not an antibacterial (J01)
		assertThat(Antimicrobials.isAntimicrobial("J02AC")).isTrue();
		assertThat(Antimicrobials.antibacterial(List.of(fluconazole, paracetamol, unknown))).isFalse();
		// sold and refunded in the same visit: none taken
		assertThat(Antimicrobials.antibacterial(List.of(amoxiclav, refund, paracetamol))).isFalse();
		assertThat(Antimicrobials.antibacterial(List.of())).isFalse();
	}

}
