package org.sanyi.drg;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.sanyi.drg.grouper.DrgGrouper;
import org.sanyi.drg.grouper.DrgMessages;
import org.sanyi.drg.grouper.DrgRecord;
import org.sanyi.drg.grouper.DrgResult;
import org.sanyi.drg.grouper.DrgScheme;
import org.sanyi.drg.grouper.DrgSchemeLoader;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo scheme shipped under src/main/resources/drg/demo-scheme loads and groups the
 * cases it was written for.
 */
class DemoSchemeTest {

	static DrgGrouper grouper;

	@BeforeAll
	static void load() throws IOException {
		grouper = new DrgGrouper(DrgSchemeLoader.load(Path.of("src/main/resources/drg/demo-scheme")));
	}

	@Test
	void demoSchemeHasSevenMdcsAndNamesEveryDrg() {
		DrgScheme scheme = grouper.scheme();
		assertThat(scheme.name()).isEqualTo("sanyi_demo");
		assertThat(scheme.mdcCount()).isEqualTo(7);
		assertThat(scheme.adrgCount()).isEqualTo(26);
		assertThat(scheme.drgCount()).isEqualTo(57);
		assertThat(scheme.drgName("GD15")).contains("阑尾切除术，不伴并发症或合并症");
		assertThat(scheme.diagnosisName("K35.800")).contains("急性阑尾炎，其他未特指");
		assertThat(scheme.procedureName("96.0400")).contains("气管内插管");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', textBlock = """
			appendicectomy;              2; 30; K35.800;                 47.0100;         SUCCESS; MDCG; GD1; GD15
			appendicectomy with CC;      1; 62; K35.800|E11.900;         47.0100;         SUCCESS; MDCG; GD1; GD13
			appendicitis without surgery;1; 25; K35.800;                 ;                SUCCESS; MDCG; GZ1; GZ15
			pneumonia with MCC;          1; 78; J18.900|J96.000;         ;                SUCCESS; MDCE; ES1; ES11
			pneumonia, CC excluded;      2; 70; J18.900|J98.414;         ;                SUCCESS; MDCE; ES1; ES15
			stroke with hypertension;    1; 66; I63.900|I10.x00;         ;                SUCCESS; MDCB; BR2; BR23
			stroke, MCC excluded;        1; 66; I63.900|I61.900;         ;                SUCCESS; MDCB; BR2; BR25
			stent after infarction;      1; 58; I21.900|I50.900;         36.0700|88.5500; SUCCESS; MDCF; FM1; FM11
			hypertension;                2; 55; I10.x00;                 ;                SUCCESS; MDCF; FT1; FT15
			hip replacement;             2; 81; S72.000|I10.x00;         81.5100;         SUCCESS; MDCI; IC2; IC29
			laparoscopic cholecystectomy;2; 45; K80.100;                 51.2300;         SUCCESS; MDCH; HC2; HC25
			caesarean section;           2; 29; O82.000|O14.900;         74.1x00;         SUCCESS; MDCO; OB1; OB15
			vaginal delivery;            2; 27; O80.000;                 ;                SUCCESS; MDCO; OR1; OR15
			delivery coded for a man;    1; 27; O80.000;                 ;                FAIL;    0000; 00;  0000
			urinary infection;           2; 40; N39.000;                 ;                FAIL;    0000; 00;  0000
			no sex;                      ''; 40; K35.800;                47.0100;         CHECK_FAILED; 0000; 00; 0000
			""")
	void demoCasesGroupAsIntended(String label, String sex, int age, String diagnoses, String procedures, String status,
			String mdc, String adrg, String drg) {
		DrgResult result = grouper.group(record(sex, age, diagnoses, procedures));
		assertThat(List.of(result.status().code(), result.mdc(), result.adrg(), result.drg())).as(label)
			.containsExactly(status, mdc, adrg, drg);
	}

	@Test
	void traceOfAnAppendicectomyReadsInChinese() {
		DrgResult result = grouper.groupWithTrace(record("2", 30, "K35.800|E11.900", "47.0100"));
		ResourceBundle zh = DrgMessages.bundle(Locale.SIMPLIFIED_CHINESE);
		List<String> lines = result.trace().stream().map(step -> DrgMessages.render(zh, step)).toList();
		assertThat(lines).contains("进入 MDCG：满足入组条件", "匹配 ADRG GD1（主诊断匹配、主手术匹配）",
				"其他诊断 E11.900 为一般并发症或合并症（CC，排除表 DIABETES）", "分组结果：MDCG → GD1 → GD13");
	}

	static DrgRecord record(String sex, int age, String diagnoses, String procedures) {
		return new DrgRecord(sex == null ? "" : sex, age, age * 365, 0, "", 5, "1", codes(diagnoses),
				codes(procedures));
	}

	static List<String> codes(String list) {
		return list == null || list.isBlank() ? List.of() : Arrays.stream(list.split("\\|")).map(String::trim).toList();
	}

}
