package org.sanyi.terminology;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.SharedFolder;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PageQuery;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class TerminologyImportIT {

	static final LocalDate D2024 = LocalDate.of(2024, 6, 30);

	@Autowired
	TerminologyImport importer;

	@Autowired
	Terminology terminology;

	@Autowired
	JdbcClient jdbc;

	private static InputStream csv(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

	private ImportResult importShared(String system, String file) throws IOException {
		try (InputStream in = Files.newInputStream(SharedFolder.chsDrg(file))) {
			ImportResult result = importer.importFile(new ImportRequest(system, "chs-drg-1.1", "CHS-DRG 1.1 " + file,
					SystemKind.CLASSIFICATION, LocalDate.of(2023, 1, 1), null, file), in);
			System.out.printf("import of %s: %d rows in %d ms%n", file, result.rows(), result.millis());
			return result;
		}
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	@Test
	void sharedIcd10AndIcd9FilesImportCompletelyAndLookUp() throws IOException {
		ImportResult icd10 = importShared("IT-ICD10", "icd10_names.csv");
		ImportResult icd9 = importShared("IT-ICD9", "icd9_names.csv");

		assertThat(icd10.rows()).isEqualTo(33_304);
		assertThat(icd9.rows()).isEqualTo(13_686);
		assertThat(count("select count(*) from term_concept c join term_code_system s on s.id = c.system_id "
				+ "where s.code = 'IT-ICD10'"))
			.isEqualTo(33_304);
		assertThat(terminology.version("IT-ICD9", "chs-drg-1.1").orElseThrow().entryCount()).isEqualTo(13_686);
		assertThat(terminology.lookup("IT-ICD10", "I10.x00x002", D2024)).get()
			.extracting(Concept::name, Concept::pinyin)
			.containsExactly("高血压", "gxy");
		assertThat(terminology.lookup("IT-ICD10", "A15.000x010", D2024).orElseThrow().name())
			.isEqualTo("继发性肺结核（初治,单耐药）涂阳培阳");
		assertThat(terminology.lookup("IT-ICD10", "E11.200x011+N08.3*", D2024)).isPresent();
		assertThat(terminology.lookup("IT-ICD9", "47.0100", D2024).orElseThrow().name()).isEqualTo("腹腔镜下阑尾切除术");
		assertThat(terminology.isValid("IT-ICD10", "I10.x00", LocalDate.of(2022, 12, 31))).as("before its start")
			.isFalse();
		assertThat(terminology.isValid("IT-ICD10", "Z99.999", D2024)).isFalse();
		assertThat(terminology.lookupAll("IT-ICD10", List.of("I10.x00", "J18.900", "nope"), D2024))
			.containsOnlyKeys("I10.x00", "J18.900");
		var byPinyin = terminology.search("IT-ICD10", "chs-drg-1.1", "gxy", PageQuery.of(1, 50));
		assertThat(byPinyin.total()).isGreaterThan(10);
		assertThat(byPinyin.rows())
			.allSatisfy(c -> assertThat(c.pinyin() + c.name() + c.code().toLowerCase()).contains("gxy"));
	}

	@Test
	void newVersionEffectiveLaterDoesNotChangeLookupsForAnEarlierDay() {
		importer.importFile(new ImportRequest("IT-VER", "2024", "版本测试", SystemKind.DICTIONARY, LocalDate.of(2024, 1, 1),
				null, "v2024.csv"), csv("code,name\nA,旧名称\nB,将删除\n"));
		importer.importFile(new ImportRequest("IT-VER", "2025", "", null, LocalDate.of(2025, 1, 1), null, "v2025.csv"),
				csv("code,name\nA,新名称\nC,新增\n"));

		assertThat(terminology.lookup("IT-VER", "A", D2024).orElseThrow().name()).isEqualTo("旧名称");
		assertThat(terminology.lookup("IT-VER", "A", LocalDate.of(2025, 1, 1)).orElseThrow().name()).isEqualTo("新名称");
		assertThat(terminology.isValid("IT-VER", "B", LocalDate.of(2024, 12, 31))).isTrue();
		assertThat(terminology.isValid("IT-VER", "B", LocalDate.of(2025, 1, 1))).isFalse();
		assertThat(terminology.isValid("IT-VER", "C", D2024)).isFalse();
		assertThat(terminology.lookup("IT-VER", "A", LocalDate.of(2023, 12, 31))).as("nothing in force yet").isEmpty();
		assertThat(terminology.lookupInVersion("IT-VER", "2024", "A").orElseThrow().name()).isEqualTo("旧名称");
		assertThat(terminology.versionInForce("IT-VER", D2024).orElseThrow().version()).isEqualTo("2024");
		assertThat(terminology.version("IT-VER", "2025").orElseThrow().name()).as("name kept").isEqualTo("版本测试");
	}

	@Test
	void retiredVersionIsNeverInForceAgain() {
		importer.importFile(new ImportRequest("IT-RET", "1", "停用测试", SystemKind.DICTIONARY, LocalDate.of(2024, 1, 1),
				null, "r1.csv"), csv("code,name\nA,第一版\n"));
		importer.importFile(new ImportRequest("IT-RET", "2", "", null, LocalDate.of(2024, 3, 1), null, "r2.csv"),
				csv("code,name\nA,第二版\n"));

		importer.retire("IT-RET", "2");

		assertThat(terminology.lookup("IT-RET", "A", D2024).orElseThrow().name()).isEqualTo("第一版");
		assertThat(terminology.version("IT-RET", "2").orElseThrow().status()).isEqualTo(CodeSystem.Status.RETIRED);
	}

	@Test
	void fileWithOneBadLineImportsNothingAndNamesTheLine() {
		long concepts = count("select count(*) from term_concept");
		long versions = count("select count(*) from term_code_system");

		assertThatThrownBy(() -> importer.importFile(new ImportRequest("IT-BAD", "1", "坏文件", SystemKind.DICTIONARY,
				LocalDate.of(2024, 1, 1), null, "bad.csv"), csv("code,name\nA,甲\nB,乙\nA,重复\nC,丙\n")))
			.isInstanceOfSatisfying(ImportRejectedException.class, ex -> {
				assertThat(ex.errorCount()).isEqualTo(1);
				assertThat(ex.errors().getFirst().line()).isEqualTo(4);
				assertThat(ex.errors().getFirst().error()).isEqualTo(TerminologyErrors.DUPLICATE_CODE);
			});

		assertThat(count("select count(*) from term_concept")).isEqualTo(concepts);
		assertThat(count("select count(*) from term_code_system")).isEqualTo(versions);
		assertThat(terminology.version("IT-BAD", "1")).isEmpty();
	}

	@Test
	void catalogueFileWithBadRatioImportsNothing() {
		long items = count("select count(*) from term_catalogue_item");
		assertThatThrownBy(() -> importer.importFile(
				new ImportRequest("IT-DRUG-BAD", "1", "坏目录", SystemKind.DRUG, LocalDate.of(2024, 1, 1), null,
						"drug.csv"),
				csv("code,name,insurance_class,self_pay_ratio,price\nX1,甲药,甲,,1.00\nX2,乙药,乙,1.2,2.00\n")))
			.isInstanceOfSatisfying(ImportRejectedException.class,
					ex -> assertThat(ex.errors())
						.extracting(ImportLineError::line, ImportLineError::column, ImportLineError::error)
						.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "self_pay_ratio",
								TerminologyErrors.RATIO_OUT_OF_RANGE)));
		assertThat(count("select count(*) from term_catalogue_item")).isEqualTo(items);
	}

	@Test
	void versionsAreNeverOverwrittenAndStartDatesAreUnique() {
		importer.importFile(new ImportRequest("IT-DUP", "1", "重复测试", SystemKind.DICTIONARY, LocalDate.of(2024, 1, 1),
				null, "d1.csv"), csv("code,name\nA,甲\n"));

		assertThatThrownBy(() -> importer.importFile(
				new ImportRequest("IT-DUP", "1", "", null, LocalDate.of(2024, 5, 1), null, "d1.csv"),
				csv("code,name\nA,甲\n")))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(TerminologyErrors.VERSION_EXISTS));
		assertThatThrownBy(() -> importer.importFile(
				new ImportRequest("IT-DUP", "2", "", null, LocalDate.of(2024, 1, 1), null, "d2.csv"),
				csv("code,name\nA,甲\n")))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(TerminologyErrors.EFFECTIVE_DATE_TAKEN));
		assertThatThrownBy(() -> importer.importFile(
				new ImportRequest("IT-DUP", "3", "", SystemKind.DRUG, LocalDate.of(2024, 6, 1), null, "d3.csv"),
				csv("code,name,insurance_class\nX1,药,甲\n")))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(TerminologyErrors.KIND_MISMATCH));
	}

	@Test
	void importIsAudited() {
		importer.importFile(new ImportRequest("IT-AUDIT", "1", "审计测试", SystemKind.DICTIONARY, LocalDate.of(2024, 1, 1),
				null, "audit.csv"), csv("code,name\nA,甲\nB,乙\n"));

		String detail = jdbc
			.sql("select detail from sec_audit_log where action = 'IMPORT' "
					+ "and resource = 'terminology:code-system' and target = 'IT-AUDIT@1'")
			.query(String.class)
			.single();
		assertThat(detail).contains("audit.csv").contains("rows=2");
	}

	@Test
	void bundledSeedIsLoadedByTheDemoAndLooksUp() {
		LocalDate today = LocalDate.now();
		assertThat(terminology.lookup("SEX", "1", today).orElseThrow().name()).isEqualTo("男");
		assertThat(terminology.lookup("MARITAL", "21", today).orElseThrow().parentCode()).isEqualTo("20");
		assertThat(terminology.lookup("INSUTYPE", "390", today).orElseThrow().name()).isEqualTo("城乡居民基本医疗保险");
		assertThat(terminology.lookup("MED_TYPE", "14", today).orElseThrow().name()).isEqualTo("门诊慢特病");
		assertThat(terminology.lookup("ICD10-YB", "K35.800x001", today).orElseThrow().name()).isEqualTo("急性阑尾炎");
		assertThat(terminology.lookup("ICD9CM3-YB", "74.1x00", today)).isPresent();
		assertThat(terminology.dictionary("DISCHARGE_WAY", today)).extracting(Concept::code)
			.containsExactly("1", "2", "3", "4", "5", "9");
		CatalogueItem amoxicillin = terminology.catalogueItem("XJ01CAA001A003010100037", today).orElseThrow();
		assertThat(amoxicillin.insuranceClass()).isEqualTo(InsuranceClass.A);
		assertThat(amoxicillin.price()).isEqualByComparingTo("8.60");
		assertThat(amoxicillin.price().scale()).isEqualTo(2);
		assertThat(terminology.version("ICD10-YB", "seed-1").orElseThrow().entryCount()).isGreaterThanOrEqualTo(300);
		assertThat(importer.importBundledSeed()).as("seed is imported once").isEmpty();
	}

}
