package org.sanyi.pharma.rational;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.ReviewRules;
import org.sanyi.pharma.rational.ReviewRuleImport.Table;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A region's own review rules: in force over the defaults and the city's, key by key,
 * with where each row comes from; a second file replaces the region's rows of the table;
 * a bad file stores nothing; a region outside the importer's scope or the platform's
 * defaults is refused. The pre-check's rule book sees an import at once.
 */
@IntegrationTest
class ReviewRuleImportIT {

	/** 石湍县, a county of the demo city no other test imports for. */
	static final String COUNTY = "359927";

	@Autowired
	ReviewRuleImport imports;

	@Autowired
	ReviewRuleBook book;

	@Test
	void theCountysRowsOverrideTheCitysAndTheDefaultsKeyByKey() {
		// the demo city's own pairs are in force for its counties
		ReviewRuleBook.InForce city = book.inForce(COUNTY);
		assertThat(city.interactions()).anySatisfy(r -> {
			assertThat(r.drugA() + r.drugB()).isEqualTo("华法林阿司匹林");
			assertThat(r.regionCode()).isEqualTo("359900");
		});
		assertThat(city.interactions()).filteredOn(r -> r.drugA().equals("氯吡格雷"))
			.singleElement()
			.satisfies(r -> assertThat(r.blocking()).isTrue());

		ReviewRuleImport.Result first = imports.importCsv(Table.INTERACTIONS, COUNTY, csv("""
				drug_a,drug_b,severity,blocking,advice
				奥美拉唑,氯吡格雷,MAJOR,false,县医共体药学部：提示，建议换用泮托拉唑
				辛伐他汀,红霉素,MAJOR,true,红霉素显著升高辛伐他汀浓度，禁止合用
				"""), DataScope.region("359900"), "wjw");
		assertThat(first.stored()).isEqualTo(2);
		assertThat(first.replaced()).isZero();
		ReviewRuleBook.InForce county = book.inForce(COUNTY);
		// the pair in the other order replaced the city's, not added to it
		assertThat(county.interactions()).filteredOn(r -> r.drugB().equals("氯吡格雷") || r.drugA().equals("氯吡格雷"))
			.singleElement()
			.satisfies(r -> {
				assertThat(r.regionCode()).isEqualTo(COUNTY);
				assertThat(r.blocking()).isFalse();
				assertThat(r.importedBy()).isEqualTo("wjw");
			});
		ReviewRules rules = book.forRegion(COUNTY);
		assertThat(rules.interactions()).anySatisfy(i -> assertThat(i.keyA() + i.keyB()).isEqualTo("辛伐他汀红霉素"));

		// a second file is the county's whole table
		ReviewRuleImport.Result second = imports.importCsv(Table.INTERACTIONS, COUNTY, csv("""
				drug_a,drug_b,severity,blocking,advice
				辛伐他汀,红霉素,MAJOR,true,红霉素显著升高辛伐他汀浓度，禁止合用
				"""), DataScope.region("359900"), "wjw");
		assertThat(second.replaced()).isEqualTo(2);
		assertThat(book.inForce(COUNTY).interactions()).filteredOn(r -> r.drugA().equals("氯吡格雷"))
			.singleElement()
			.satisfies(r -> assertThat(r.regionCode()).isEqualTo("359900"));
	}

	@Test
	void aBadFileStoresNothingAndTheScopeAndTheDefaultsAreGuarded() {
		int before = book.inForce(COUNTY).contraindications().size();
		ReviewRuleImport.Result bad = imports.importCsv(Table.CONTRAINDICATIONS, COUNTY, csv("""
				drug_key,kind,value,blocking,advice
				J01GB,MIN_AGE,6,true,6岁以下禁用
				J01GB,MIN_AGE,8,true,重复
				G04CB,SEX,9,true,性别代码有误
				"""), DataScope.region("359900"), "wjw");
		assertThat(bad.stored()).isZero();
		assertThat(bad.problems()).extracting(p -> p.line() + " " + p.column())
			.containsExactly("3 drug_key", "4 value");
		assertThat(book.inForce(COUNTY).contraindications()).hasSize(before);

		assertThatThrownBy(() -> imports.importCsv(Table.CONTRAINDICATIONS, COUNTY, csv("""
				drug_key,kind,value,blocking,advice
				J01GB,MIN_AGE,6,true,6岁以下禁用
				"""), DataScope.region("359921"), "wjw_county")).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(PharmaErrors.REVIEW_RULE_REGION));
		assertThatThrownBy(() -> imports.importCsv(Table.CONTRAINDICATIONS, "000000", csv("""
				drug_key,kind,value,blocking,advice
				J01GB,MIN_AGE,6,true,6岁以下禁用
				"""), DataScope.all(), "admin")).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(PharmaErrors.REVIEW_RULE_REGION));
	}

	private static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
