package org.sanyi.supervision;

import org.junit.jupiter.api.Test;
import org.sanyi.IntegrationTest;
import org.sanyi.supervision.audit.InstitutionProfiles;
import org.sanyi.supervision.engine.InstitutionType;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * 医疗机构类型 in the demo city's audit: the registry's kinds are the rule template's types;
 * JG004 限医疗机构级别 (hospitals and primary care) finds trastuzumab, limited to 三级 hospitals,
 * at the level-2 hospital that gave it, and leaves alone the same patients' next cycles
 * bought with a 外配处方 at a retail pharmacy (settled as 门诊慢特病, so the scene alone could not
 * tell them apart); no rule fires at a type it excludes.
 */
@IntegrationTest
class InstitutionTypesIT {

	@Autowired
	InstitutionProfiles institutions;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theRegistrysKindsAreTheTemplatesTypes() {
		assertThat(institutions.of("H35990000001").type()).isEqualTo(InstitutionType.GENERAL);
		assertThat(institutions.of("H35990000001").level()).isEqualTo(3);
		for (String[] kind : new String[][] { { "TCM_HOSPITAL", "TCM" }, { "MATERNAL_CHILD", "SPECIALTY" },
				{ "TOWNSHIP_HEALTH_CENTRE", "PRIMARY" }, { "COMMUNITY_HEALTH_CENTRE", "PRIMARY" },
				{ "VILLAGE_CLINIC", "PRIMARY" }, { "PHARMACY", "PHARMACY" } }) {
			String code = jdbc.sql("select min(code) from reg_institution where kind = :k")
				.param("k", kind[0])
				.query(String.class)
				.single();
			assertThat(institutions.type(code)).as(kind[0]).isEqualTo(InstitutionType.valueOf(kind[1]));
		}
		// not registered: no type, so every rule applies (the fund's side)
		assertThat(institutions.of("H35990099999").type()).isNull();
		assertThat(institutions.of("H35990099999").level()).isZero();
	}

	@Test
	void theLevelRuleFindsTheHospitalsUseAndLeavesThePharmacysRefillsAlone() {
		String withSuspicion = """
				select count(*) from ins_settlement s
				join ins_settlement_line sl on sl.setl_id = s.setl_id
				join ins_fee_line f on f.id = sl.fee_line_id and f.med_list_codg = 'XL01FDA001'
				join reg_institution i on i.code = s.fixmedins_code
				where s.status = 'SETTLED' and (i.kind = 'PHARMACY') = :pharmacy and s.med_type = :medType
				  and (:rule = '' or exists (select 1 from sup_suspicion u
				                             where u.setl_id = s.setl_id and u.rule_id = :rule))""";
		long refills = count(withSuspicion, true, "14", "");
		assertThat(refills).as("trastuzumab bought at a retail pharmacy").isPositive();
		assertThat(count(withSuspicion, true, "14", "JG004")).isZero();
		assertThat(count(withSuspicion, false, "11", "JG004")).isGreaterThanOrEqualTo(refills);
		// no rule limited to types finds anything at an institution of another type
		assertThat(jdbc
			.sql("""
					select count(*) from sup_suspicion u
					join sup_rule r on r.rule_id = u.rule_id and r.version_id = (
					    select max(rules_version) from sup_audit_run where region_code = '359900')
					join reg_institution i on i.code = u.fixmedins_code
					where r.types <> '' and not (case i.kind when 'GENERAL_HOSPITAL' then 'GENERAL'
					    when 'TCM_HOSPITAL' then 'TCM' when 'MATERNAL_CHILD' then 'SPECIALTY' when 'PHARMACY' then 'PHARMACY'
					    else 'PRIMARY' end = any (string_to_array(r.types, ',')))""")
			.query(Long.class)
			.single()).isZero();
	}

	private long count(String sql, boolean pharmacy, String medType, String rule) {
		return jdbc.sql(sql)
			.param("pharmacy", pharmacy)
			.param("medType", medType)
			.param("rule", rule)
			.query(Long.class)
			.single();
	}

}
