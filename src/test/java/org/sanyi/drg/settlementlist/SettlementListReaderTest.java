package org.sanyi.drg.settlementlist;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.drg.settlementlist.SettlementList.Diagnosis;
import org.sanyi.drg.settlementlist.SettlementListRejected.FieldError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The settlement list reader without Spring or a database: every problem with the path of
 * its field, the dictionaries asked once per system, and the clinical consistency rules
 * read from their table.
 */
class SettlementListReaderTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SettlementCases.Row SETTLEMENT = new SettlementCases.Row("S1", "M1", "P1", "H1", "359900",
			"359900", "359900", "390", "21", "02", LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 20),
			OffsetDateTime.parse("2026-11-20T10:30:00+08:00"), "K80.200", new BigDecimal("70000.00"),
			new BigDecimal("60000.00"), new BigDecimal("50000.00"), new BigDecimal("0.00"), new BigDecimal("20000.00"),
			"359900-390-2026", false);

	private static final OffsetDateTime RECEIVED = OffsetDateTime.parse("2026-11-21T09:00:00+08:00");

	/** Every code is valid except those listed; every lookup is recorded. */
	private final Set<String> invalid = new HashSet<>();

	private final List<String> lookups = new ArrayList<>();

	private final SettlementListReader.Dictionary dictionary = (system, codes, on) -> {
		lookups.add(system);
		Set<String> valid = new HashSet<>(codes);
		valid.removeAll(invalid);
		return valid;
	};

	/**
	 * A problem's text is its key and arguments, so the test sees what the reader said.
	 */
	private final SettlementListReader.Texts texts = (key, args) -> key + Arrays.toString(args);

	@Test
	void aGoodListIsReadWithTheSettlementsIdsAndTheMainDiagnosisFirst() {
		SettlementListReader reader = reader(input(Map.of(), List.of(dx("E11.900", "0"), dx("K80.200", "1"))));

		assertThat(reader.settlementId()).isEqualTo("S1");
		SettlementList list = reader.read("4101", SETTLEMENT, RECEIVED);

		assertThat(list.westernCodes()).containsExactly("K80.200", "E11.900");
		assertThat(list.age()).isEqualTo(46);
		assertThat(list.actIptDays()).isEqualTo(19);
		assertThat(lookups).as("one lookup per code system")
			.containsExactly("ICD10-YB", "SEX", "DEPT", "DISCHARGE_WAY", "DIAG_TYPE", "ICD9CM3-YB");
	}

	@Test
	void everyProblemIsReportedAtOnceWithThePathOfItsField() {
		invalid.add("X99");
		SettlementListReader reader = reader(
				input(Map.of("gend", "1", "age", "19", "act_ipt_days", "3", "dscg_caty", "X99", "acct_pay", "1.00"),
						List.of(dx("O80.000", "1"), dx("O80.000", "0"))));
		reader.settlementId();

		assertThatThrownBy(() -> reader.read("4101", SETTLEMENT, RECEIVED)).isInstanceOfSatisfying(
				SettlementListRejected.class,
				ex -> assertThat(fields(ex)).containsExactly("setlinfo.act_ipt_days", "setlinfo.age",
						"diseinfo.diag_code", "setlinfo.dscg_caty", "diseinfo[0].diag_code", "diseinfo[1].diag_code",
						"setlinfo.acct_pay"));
	}

	@Test
	void aListWithoutItsSettlementIdIsRejectedBeforeTheSettlementIsLookedUp() {
		Map<String, Object> input = input(Map.of(), List.of(dx("K80.200", "1")));
		((Map<?, ?>) input.get("setlinfo")).remove("setl_id");
		SettlementListReader reader = reader(input);

		assertThatThrownBy(reader::settlementId).isInstanceOfSatisfying(SettlementListRejected.class,
				ex -> assertThat(fields(ex)).containsExactly("setlinfo.setl_id"));
	}

	@Test
	void theShippedRulesRefuseDiagnosesOfTheOtherSexAndOfAnotherAge() {
		ClinicalRules rules = ClinicalRules.shipped();
		List<Diagnosis> diagnoses = List.of(diagnosis("O80.000"), diagnosis("N40.x00"), diagnosis("P07.300"),
				diagnosis("K80.200"), new Diagnosis("2", "O80.000", "", false, ""));

		assertThat(rules.check("1", 30, diagnoses)).extracting(ClinicalRules.Violation::problem)
			.containsExactly("drg.list.error.female_only", "drg.list.error.perinatal_adult");
		assertThat(rules.check("2", 65, diagnoses)).extracting(ClinicalRules.Violation::problem)
			.containsExactly("drg.list.error.pregnancy_age", "drg.list.error.male_only",
					"drg.list.error.perinatal_adult");
		assertThat(rules.check("9", 0, diagnoses)).extracting(ClinicalRules.Violation::problem)
			.as("an unknown sex breaks no sex rule")
			.containsExactly("drg.list.error.pregnancy_age");
		assertThat(rules.check("2", 17, List.of(diagnosis("P07.300"), diagnosis("C56.x00")))).isEmpty();
	}

	@Test
	void aRuleTableNamesCodesByChapterOrByARangeOfCategories() throws IOException {
		ClinicalRules rules = ClinicalRules.read(new ByteArrayInputStream("""
				# a comment
				codes,sex,min_age,max_age,problem
				Q,,,5,too.old
				D50-D53,2,,,female.only
				""".getBytes(StandardCharsets.UTF_8)));

		assertThat(rules.check("1", 6, List.of(diagnosis("Q21.000"), diagnosis("D53.900"), diagnosis("D54.000"))))
			.extracting(ClinicalRules.Violation::index, ClinicalRules.Violation::problem)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(0, "too.old"),
					org.assertj.core.groups.Tuple.tuple(1, "female.only"));
	}

	private SettlementListReader reader(Map<String, Object> input) {
		JsonNode node = JSON.valueToTree(input);
		return new SettlementListReader(node, dictionary, ClinicalRules.shipped(), texts);
	}

	private static List<String> fields(SettlementListRejected ex) {
		return ex.errors().stream().map(FieldError::field).toList();
	}

	private static Diagnosis diagnosis(String code) {
		return new Diagnosis("1", code, "", false, "");
	}

	private static Map<String, Object> input(Map<String, String> overrides, List<Map<String, Object>> diagnoses) {
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("setl_id", "S1");
		info.put("mdtrt_id", "M1");
		info.put("psn_no", "P1");
		info.put("psn_name", "张三");
		info.put("gend", "2");
		info.put("brdy", "1980-05-01");
		info.put("age", "46");
		info.put("adm_time", "2026-11-01 08:30:00");
		info.put("dscg_time", "2026-11-20 10:00:00");
		info.put("act_ipt_days", "19");
		info.put("adm_caty", "A04.01");
		info.put("dscg_caty", "A04.01");
		info.put("dscg_way", "1");
		info.put("acct_pay", "0.00");
		info.put("psn_cashpay", "20000.00");
		info.putAll(overrides);
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("setlinfo", info);
		input.put("diseinfo", diagnoses);
		input.put("oprninfo", List.of());
		return input;
	}

	private static Map<String, Object> dx(String code, String main) {
		return Map.of("diag_type", "1", "diag_code", code, "diag_name", "", "maindiag_flag", main);
	}

}
