package org.sanyi.terminology;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InsuranceClassTest {

	@Test
	void parsesChineseLettersAndNationalCodes() {
		assertThat(InsuranceClass.parse("甲")).contains(InsuranceClass.A);
		assertThat(InsuranceClass.parse("乙类")).contains(InsuranceClass.B);
		assertThat(InsuranceClass.parse("03")).contains(InsuranceClass.C);
		assertThat(InsuranceClass.parse("b")).contains(InsuranceClass.B);
		assertThat(InsuranceClass.parse("丁")).isEmpty();
		assertThat(InsuranceClass.parse(null)).isEmpty();
	}

	@Test
	void selfPayRatioRuleFollowsTheClass() {
		assertThat(InsuranceClass.A.allows(BigDecimal.ZERO)).isTrue();
		assertThat(InsuranceClass.A.allows(new BigDecimal("0.10"))).isFalse();
		assertThat(InsuranceClass.B.allows(BigDecimal.ZERO)).isTrue();
		assertThat(InsuranceClass.B.allows(new BigDecimal("0.9999"))).isTrue();
		assertThat(InsuranceClass.B.allows(BigDecimal.ONE)).isFalse();
		assertThat(InsuranceClass.C.allows(new BigDecimal("1.0000"))).isTrue();
		assertThat(InsuranceClass.C.allows(new BigDecimal("0.5"))).isFalse();
		assertThat(InsuranceClass.B.impliedSelfPayRatio()).isEmpty();
	}

}
