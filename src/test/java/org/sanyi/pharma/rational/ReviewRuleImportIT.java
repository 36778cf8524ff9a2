package org.sanyi.pharma.rational;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.ReviewRules;
import org.sanyi.pharma.rational.ReviewRuleImport.Table;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.review.ReviewStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A region's own review rules: in force over the defaults and the city's, key by key,
 * with where each row comes from, once a second officer approves the import; a second
 * file replaces the region's rows of the table; a bad file stores nothing; the proposer
 * cannot approve, a second proposal waits for the first, a rejected one changes nothing;
 * a region outside the importer's scope or the platform's defaults is refused. The
 * pre-check's rule book sees an approval at once.
 */
@IntegrationTest
class ReviewRuleImportIT {

	/** 石湍县, a county of the demo city no other test imports for. */
	static final String COUNTY = "359927";

	static final DataScope CITY = DataScope.region("359900");

	@Autowired
	ReviewRuleImport imports;

	@Autowired
	ReviewRuleBook book;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theCountysRowsOverrideTheCitysAndTheDefaultsKeyByKeyOnceApproved() {
		// the demo city's own pairs are in force for its counties
		ReviewRuleBook.InForce city = book.inForce(COUNTY);
		assertThat(city.interactions()).anySatisfy(r -> {
			assertThat(r.drugA() + r.drugB()).isEqualTo("华法林阿司匹林");
			assertThat(r.regionCode()).isEqualTo("359900");
		});
		assertThat(city.interactions()).filteredOn(r -> r.drugA().equals("氯吡格雷"))
			.singleElement()
			.satisfies(r -> assertThat(r.blocking()).isTrue());

		ReviewRuleImport.Result first = imports.propose(Table.INTERACTIONS, COUNTY, "石湍县.csv", csv("""
				drug_a,drug_b,severity,blocking,advice
				奥美拉唑,氯吡格雷,MAJOR,false,县医共体药学部：提示，建议换用泮托拉唑
				辛伐他汀,红霉素,MAJOR,true,红霉素显著升高辛伐他汀浓度，禁止合用
				"""), CITY, "wjw");
		assertThat(first.proposal()).isPositive();
		assertThat(first.rows()).isEqualTo(2);
		assertThat(first.changes()).extracting(c -> c.kind() + " " + c.key())
			.containsExactly("ADDED 奥美拉唑 · 氯吡格雷", "ADDED 红霉素 · 辛伐他汀");
		// proposed, not in force; the proposer cannot approve it
		assertThat(book.forRegion(COUNTY).interactions())
			.noneSatisfy(i -> assertThat(i.keyA() + i.keyB()).isEqualTo("辛伐他汀红霉素"));
		assertThatThrownBy(() -> imports.approve(first.proposal(), "wjw", null, CITY)).isInstanceOfSatisfying(
				BusinessException.class, ex -> assertThat(ex.error()).isEqualTo(PharmaErrors.REVIEW_RULE_OWN_PROPOSAL));
		// a second import of the table waits for the first to be decided
		assertThatThrownBy(() -> imports.propose(Table.INTERACTIONS, COUNTY, null, csv("""
				drug_a,drug_b,severity,blocking,advice
				辛伐他汀,红霉素,MAJOR,true,禁止合用
				"""), CITY, "wjw")).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(PharmaErrors.REVIEW_RULE_PENDING_EXISTS));
		// the county regulator of another county does not see it
		assertThatThrownBy(() -> imports.approve(first.proposal(), "wjw_county", null, DataScope.region("359921")))
			.isInstanceOf(BusinessException.class);

		imports.approve(first.proposal(), "wjw_audit", "同意", CITY);
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
		assertThat(imports.proposal(first.proposal(), CITY).proposal().status()).isEqualTo(ReviewStatus.APPROVED);
		assertThatThrownBy(() -> imports.approve(first.proposal(), "admin", null, DataScope.all()))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(PharmaErrors.REVIEW_RULE_NOT_PENDING));

		// a second file is the county's whole table: one row changed, one removed
		ReviewRuleImport.Result second = imports.propose(Table.INTERACTIONS, COUNTY, null, csv("""
				drug_a,drug_b,severity,blocking,advice
				辛伐他汀,红霉素,MODERATE,true,红霉素显著升高辛伐他汀浓度，禁止合用
				"""), CITY, "wjw");
		assertThat(second.changes()).extracting(c -> c.kind() + " " + c.key() + " " + c.columns())
			.containsExactly("CHANGED 红霉素 · 辛伐他汀 [severity]", "REMOVED 奥美拉唑 · 氯吡格雷 [severity, blocking, advice]");
		assertThat(second.changes().getFirst().before()).containsEntry("severity", "MAJOR");
		assertThat(second.changes().getFirst().after()).containsEntry("severity", "MODERATE");
		imports.approve(second.proposal(), "admin", null, DataScope.all());
		assertThat(book.inForce(COUNTY).interactions()).filteredOn(r -> r.drugA().equals("氯吡格雷"))
			.singleElement()
			.satisfies(r -> assertThat(r.regionCode()).isEqualTo("359900"));
		// the first import is replaced by the second
		assertThat(imports.proposal(first.proposal(), CITY).proposal().status()).isEqualTo(ReviewStatus.SUPERSEDED);
		assertThat(imports.proposals(DataScope.region(COUNTY))).extracting(RuleProposal::id)
			.startsWith(second.proposal(), first.proposal());
	}

	@Test
	void aBadFileOrARejectedOneStoresNothingAndTheScopeAndTheDefaultsAreGuarded() {
		int before = book.inForce(COUNTY).contraindications().size();
		long proposals = count();
		ReviewRuleImport.Result bad = imports.propose(Table.CONTRAINDICATIONS, COUNTY, null, csv("""
				drug_key,kind,value,blocking,advice
				J01GB,MIN_AGE,6,true,6岁以下禁用
				J01GB,MIN_AGE,8,true,重复
				G04CB,SEX,9,true,性别代码有误
				"""), CITY, "wjw");
		assertThat(bad.proposal()).isZero();
		assertThat(bad.problems()).extracting(p -> p.line() + " " + p.column())
			.containsExactly("3 drug_key", "4 value");
		assertThat(count()).isEqualTo(proposals);

		ReviewRuleImport.Result rejected = imports.propose(Table.CONTRAINDICATIONS, COUNTY, null, csv("""
				drug_key,kind,value,blocking,advice
				J01GB,MIN_AGE,6,true,6岁以下禁用
				"""), CITY, "wjw");
		// a note longer than the column is refused with the field named, nothing decided
		assertThatThrownBy(() -> imports.reject(rejected.proposal(), "wjw_audit", "依".repeat(501), CITY))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.error()).isEqualTo(PharmaErrors.REVIEW_RULE_FIELD);
				assertThat(ex.getMessage()).contains("note");
			});
		assertThat(imports.proposal(rejected.proposal(), CITY).proposal().status()).isEqualTo(ReviewStatus.PENDING);
		imports.reject(rejected.proposal(), "wjw_audit", "依据不足", CITY);
		assertThat(book.inForce(COUNTY).contraindications()).hasSize(before);
		assertThat(imports.proposal(rejected.proposal(), CITY).proposal().reviewNote()).isEqualTo("依据不足");

		assertThatThrownBy(() -> imports.propose(Table.CONTRAINDICATIONS, COUNTY, null, csv("""
				drug_key,kind,value,blocking,advice
				J01GB,MIN_AGE,6,true,6岁以下禁用
				"""), DataScope.region("359921"), "wjw_county")).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(PharmaErrors.REVIEW_RULE_REGION));
		assertThatThrownBy(() -> imports.propose(Table.CONTRAINDICATIONS, "000000", null, csv("""
				drug_key,kind,value,blocking,advice
				J01GB,MIN_AGE,6,true,6岁以下禁用
				"""), DataScope.all(), "admin")).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(PharmaErrors.REVIEW_RULE_REGION));
		assertThat(count()).isEqualTo(proposals + 1);
	}

	@Test
	void theDemoCitysSecondImportOfPairsWaitsWithOneRowAddedAndOneChanged() {
		RuleProposal pending = imports.proposals(CITY)
			.stream()
			.filter(p -> p.region().equals("359900") && p.status() == ReviewStatus.PENDING)
			.findFirst()
			.orElseThrow();
		assertThat(pending.table()).isEqualTo(Table.INTERACTIONS);
		assertThat(imports.proposal(pending.id(), CITY).changes()).extracting(c -> c.kind() + " " + c.key())
			.containsExactlyInAnyOrder("CHANGED 华法林 · 甲硝唑", "ADDED 硝酸甘油 · 西地那非");
	}

	private long count() {
		return jdbc.sql("select count(*) from ph_rx_rule_proposal").query(Long.class).single();
	}

	private static byte[] csv(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
