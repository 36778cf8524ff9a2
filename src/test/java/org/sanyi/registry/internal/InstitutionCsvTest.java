package org.sanyi.registry.internal;

import java.io.StringReader;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.registry.ImportRejected;
import org.sanyi.registry.ImportRejected.LineError;
import org.sanyi.registry.Institution;
import org.sanyi.registry.RegistryAdmin.NewInstitution;
import org.sanyi.registry.RegistryErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.SharedErrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class InstitutionCsvTest {

	/**
	 * Pretends every region exists and no institution does, so only the file itself is
	 * checked.
	 */
	private final InstitutionCsv csv = new InstitutionCsv((institution, earlier) -> {
		if (earlier.contains(institution.code())) {
			throw new BusinessException(RegistryErrors.DUPLICATE_INSTITUTION, institution.code());
		}
	});

	@Test
	void chineseHeadersAndTermsAreRead() {
		List<NewInstitution> rows = csv.read(new StringReader("""
				\uFEFF机构编码,机构名称,机构类别,等级,所在区划,地址,床位数,所有制,状态
				H35992100901,云岫县测试医院,综合医院,二级乙等,359921,"岚峰路 1 号, 东楼",120,民营,正常
				P35992100901,云岫县测试药房,定点零售药店,,359921101,,,,
				"""));
		assertThat(rows).hasSize(2);
		assertThat(rows.getFirst()).isEqualTo(
				new NewInstitution("H35992100901", "云岫县测试医院", Institution.Kind.GENERAL_HOSPITAL, Institution.Grade.L2B,
						"359921", "岚峰路 1 号, 东楼", 120, Institution.Ownership.PRIVATE, Institution.Status.ACTIVE));
		assertThat(rows.get(1).grade()).as("blank grade").isEqualTo(Institution.Grade.UNGRADED);
		assertThat(rows.get(1).ownership()).isEqualTo(Institution.Ownership.PUBLIC);
	}

	@Test
	void englishHeadersAndEnumNamesAreRead() {
		List<NewInstitution> rows = csv.read(new StringReader("""
				code,name,kind,grade,region_code,beds
				h35992100902,Test,general_hospital,L3A,359921,10
				"""));
		assertThat(rows.getFirst().code()).isEqualTo("H35992100902");
		assertThat(rows.getFirst().grade()).isEqualTo(Institution.Grade.L3A);
	}

	@Test
	void everyBadLineIsNamedAndNothingIsReturned() {
		assertThatThrownBy(() -> csv.read(new StringReader("""
				code,name,kind,grade,region_code,beds
				H35992100903,好的医院,GENERAL_HOSPITAL,L2A,359921,10
				H3599210090,短编码,GENERAL_HOSPITAL,L2A,359921,10
				H35992100904,,GENERAL_HOSPITAL,L2A,359921,10
				H35992100905,坏类别,HOSPITAL,L2A,359921,10
				P35992100906,药店编码给医院,GENERAL_HOSPITAL,L2A,359921,10
				H35992100907,坏床位,GENERAL_HOSPITAL,L2A,359921,many
				H35992100903,重复,GENERAL_HOSPITAL,L2A,359921,10
				"""))).isInstanceOfSatisfying(ImportRejected.class, ex -> {
			assertThat(ex.error()).isEqualTo(RegistryErrors.IMPORT_REJECTED);
			assertThat(ex.lines()).extracting(LineError::line).containsExactly(3, 4, 5, 6, 7, 8);
			assertThat(ex.lines()).extracting(LineError::error)
				.containsExactly(RegistryErrors.INVALID_INSTITUTION_CODE, RegistryErrors.REQUIRED_FIELD,
						RegistryErrors.INVALID_VALUE, RegistryErrors.KIND_CODE_MISMATCH, RegistryErrors.INVALID_VALUE,
						RegistryErrors.DUPLICATE_INSTITUTION);
			assertThat(ex.lines().get(1).args()).containsExactly("H35992100904", "name");
		});
	}

	@Test
	void aFileWithoutTheRequiredColumnsIsRefusedAtTheHeader() {
		assertThatThrownBy(() -> csv.read(new StringReader("name,kind\nx,y\n")))
			.isInstanceOfSatisfying(ImportRejected.class, ex -> {
				assertThat(ex.lines()).hasSize(1);
				assertThat(ex.lines().getFirst().line()).isEqualTo(1);
				assertThat(ex.lines().getFirst().error()).isEqualTo(SharedErrors.MALFORMED_CSV);
			});
	}

	@Test
	void anUnterminatedQuoteStopsTheReadingAtItsLine() {
		assertThatThrownBy(() -> csv.read(new StringReader("""
				code,name,kind,region_code
				H35992100908,"open quote,GENERAL_HOSPITAL,359921
				"""))).isInstanceOfSatisfying(ImportRejected.class, ex -> {
			assertThat(ex.lines()).extracting(LineError::line).containsExactly(2);
			assertThat(ex.lines().getFirst().error()).isEqualTo(SharedErrors.MALFORMED_CSV);
		});
	}

}
