package org.sanyi.pharma.rational;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.ImportProblem;
import org.sanyi.pharma.rational.ReviewRuleImport.Table;
import org.sanyi.pharma.rational.ReviewRuleRows.ContraindicationRow;
import org.sanyi.pharma.rational.ReviewRuleRows.DrugRow;
import org.sanyi.pharma.rational.ReviewRuleRows.InteractionRow;
import org.sanyi.pharma.rational.ReviewRuleRows.LimitRow;
import org.sanyi.shared.BusinessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A region's review-rule files: each table's columns read into rows, every bad field
 * named by line and column, a key twice (an interaction pair in either order) refused.
 */
class ReviewRuleImportTest {

	@Test
	void interactionsAreReadAndAPairTwiceInEitherOrderIsRefused() {
		var parsed = parse(Table.INTERACTIONS, """
				drug_a,drug_b,severity,blocking,advice
				氯吡格雷,奥美拉唑,major,true,换用泮托拉唑
				B01AC,B01AF,MODERATE,否,监测出血
				""");
		assertThat(parsed.problems()).isEmpty();
		assertThat(parsed.rows()).extracting(r -> ((InteractionRow) r).severity()).containsExactly("MAJOR", "MODERATE");
		assertThat(parsed.rows()).extracting(r -> ((InteractionRow) r).blocking()).containsExactly(true, false);

		var twice = parse(Table.INTERACTIONS, """
				drug_a,drug_b,severity,blocking,advice
				氯吡格雷,奥美拉唑,MAJOR,true,换用泮托拉唑
				奥美拉唑,氯吡格雷,MAJOR,false,监测
				""");
		assertThat(twice.problems()).singleElement().satisfies(p -> {
			assertThat(p.line()).isEqualTo(3);
			assertThat(p.error().error()).isEqualTo(PharmaErrors.REVIEW_RULE_DUPLICATE);
			assertThat(p.error().args()).containsExactly("奥美拉唑|氯吡格雷", 2);
		});
	}

	@Test
	void everyBadFieldOfAnInteractionIsNamed() {
		var parsed = parse(Table.INTERACTIONS, """
				drug_a,drug_b,severity,blocking,advice
				氯吡格雷,氯吡格雷,SEVERE,maybe,
				j01ma,华法林,MINOR,false,监测
				""");
		assertThat(columns(parsed.problems())).containsExactly("2 drug_b", "2 severity", "2 blocking", "2 advice",
				"3 drug_a");
		assertThat(parsed.problems().get(1).error().args()).containsExactly("severity", "SEVERE");
	}

	@Test
	void contraindicationValuesFitTheirKind() {
		var ok = parse(Table.CONTRAINDICATIONS, """
				drug_key,kind,value,blocking,advice
				J01AA,MIN_AGE,8,true,8岁以下禁用
				华法林,pregnancy,,true,妊娠期禁用
				G04CB,SEX,2,true,女性禁用
				""");
		assertThat(ok.problems()).isEmpty();
		assertThat(ok.rows()).extracting(r -> ((ContraindicationRow) r).kind())
			.containsExactly("MIN_AGE", "PREGNANCY", "SEX");
		var bad = parse(Table.CONTRAINDICATIONS, """
				drug_key,kind,value,blocking,advice
				J01AA,MIN_AGE,eight,true,禁用
				华法林,PREGNANCY,yes,true,禁用
				G04CB,SEX,3,true,禁用
				G04CB,LACTATION,,true,禁用
				""");
		assertThat(columns(bad.problems())).containsExactly("2 value", "3 value", "4 value", "5 kind");
	}

	@Test
	void drugRulesCheckDosesUnitsFrequenciesAndTier() {
		var ok = parse(Table.DRUGS, """
				drug_key,name,min_single_dose,max_single_dose,dose_unit,frequencies,antimicrobial_tier,ddd
				头孢哌酮舒巴坦,头孢哌酮舒巴坦,1000,4000,mg,q12h|Q8H,2,4000
				J01FA,大环内酯类,,,mg,,1,
				""");
		assertThat(ok.problems()).isEmpty();
		DrugRow first = (DrugRow) ok.rows().getFirst();
		assertThat(first.frequencies()).isEqualTo("q12h,q8h");
		assertThat(first.antimicrobialTier()).isEqualTo(2);
		assertThat(((DrugRow) ok.rows().get(1)).minSingleDose()).isNull();
		var bad = parse(Table.DRUGS, """
				drug_key,name,min_single_dose,max_single_dose,dose_unit,frequencies,antimicrobial_tier,ddd
				头孢曲松,头孢曲松,4000,1000,mg,qd,2,2000
				阿莫西林,阿莫西林,250,1000,tablets,tds,4,0
				""");
		assertThat(columns(bad.problems())).containsExactly("2 max_single_dose", "3 dose_unit", "3 frequencies",
				"3 antimicrobial_tier", "3 ddd");
	}

	@Test
	void limitsAreWithinThePrescriptionRules() {
		var ok = parse(Table.LIMITS, """
				rx_type,plain_days,reason_days,max_drugs
				3,30,84,5
				""");
		assertThat(ok.rows()).singleElement().satisfies(r -> assertThat(((LimitRow) r).reasonDays()).isEqualTo(84));
		var bad = parse(Table.LIMITS, """
				rx_type,plain_days,reason_days,max_drugs
				4,7,30,5
				1,14,7,5
				2,3,3,0
				""");
		assertThat(columns(bad.problems())).containsExactly("2 rx_type", "3 reason_days", "4 max_drugs");
	}

	@Test
	void aFileWithoutTheTablesColumnsOrAnUnknownTableIsRefused() {
		assertThatThrownBy(() -> parse(Table.INTERACTIONS, "drug_a,drug_b\n氯吡格雷,奥美拉唑\n"))
			.isInstanceOf(BusinessException.class);
		assertThatThrownBy(() -> Table.named("ALLERGIES")).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(PharmaErrors.REVIEW_RULE_TABLE));
		assertThat(Table.named("interactions")).isEqualTo(Table.INTERACTIONS);
	}

	private static ReviewRuleImport.Parsed<?> parse(Table table, String csv) {
		return ReviewRuleImport.parse(table, csv.getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> columns(List<ImportProblem> problems) {
		return problems.stream().map(p -> p.line() + " " + p.column()).toList();
	}

}
