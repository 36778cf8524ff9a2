package org.sanyi.insurance.catalogue;

import org.junit.jupiter.api.Test;
import org.sanyi.terminology.SystemKind;

import static org.assertj.core.api.Assertions.assertThat;

class ChargeTypesTest {

	@Test
	void drugsConsumablesAndServicesGetTheirNationalFeeCategory() {
		assertThat(ChargeTypes.of(SystemKind.DRUG, "西药", "阿莫西林胶囊")).isEqualTo("09");
		assertThat(ChargeTypes.of(SystemKind.DRUG, "中成药", "连花清瘟胶囊")).isEqualTo("11");
		assertThat(ChargeTypes.of(SystemKind.CONSUMABLE, "注射穿刺类", "一次性使用无菌注射器")).isEqualTo("08");
		assertThat(ChargeTypes.of(SystemKind.SERVICE, "综合医疗服务类", "普通挂号费")).isEqualTo("13");
		assertThat(ChargeTypes.of(SystemKind.SERVICE, "综合医疗服务类", "普通门诊诊查费")).isEqualTo("02");
		assertThat(ChargeTypes.of(SystemKind.SERVICE, "综合医疗服务类", "普通病房床位费")).isEqualTo("01");
		assertThat(ChargeTypes.of(SystemKind.SERVICE, "综合医疗服务类", "一级护理")).isEqualTo("07");
		assertThat(ChargeTypes.of(SystemKind.SERVICE, "医技诊疗类", "血常规")).isEqualTo("04");
		assertThat(ChargeTypes.of(SystemKind.SERVICE, "医技诊疗类", "头颅CT平扫")).isEqualTo("03");
		assertThat(ChargeTypes.of(SystemKind.SERVICE, "手术治疗类", "腹腔镜胆囊切除术")).isEqualTo("06");
		assertThat(ChargeTypes.of(SystemKind.SERVICE, "临床诊疗类", "静脉输液")).isEqualTo("05");
	}

}
