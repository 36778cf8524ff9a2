package org.sanyi.insurance.policy;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.insurance.engine.IllustrativePolicies;
import org.sanyi.insurance.engine.PolicyVersion;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The policy form changes only the values it is given, in the units officers type
 * (percent, yuan).
 */
class PolicyFormTest {

	final PolicyVersion base = IllustrativePolicies.resident2025();

	@Test
	void deductible900To600AndRatio70To90BecomeANewParameterSetWithEverythingElseKept() {
		String json = PolicyForm.parameters(base, Map.of("d0", "600, 300", "r1", "90"));
		PolicyVersion edited = PolicyJson.read(base.code(), base.region().value(), base.insutype().code(),
				base.effectiveFrom(), base.effectiveTo(), json);
		assertThat(edited.deductibles().getFirst().amounts()).containsExactly(Money.of("600"), Money.of("300"));
		assertThat(edited.ratios().get(1).ratio()).isEqualByComparingTo("0.90");
		assertThat(edited.ratios().get(0)).isEqualTo(base.ratios().get(0));
		assertThat(edited.caps()).isEqualTo(base.caps());
		assertThat(edited.layers()).isEqualTo(base.layers());
	}

	@Test
	void bandsAndCapsOfALayerAreTypedAsFromPercentAndCap() {
		String json = PolicyForm.parameters(base, Map.of("l0", "10000:65; 50000:75 | 350000"));
		PolicyVersion edited = PolicyJson.read(base.code(), base.region().value(), base.insutype().code(),
				base.effectiveFrom(), base.effectiveTo(), json);
		assertThat(edited.layers().getFirst().bands()).hasSize(2);
		assertThat(edited.layers().getFirst().threshold()).isEqualTo(Money.of("10000"));
		assertThat(edited.layers().getFirst().bands().get(1).ratio()).isEqualByComparingTo("0.75");
		assertThat(edited.layers().getFirst().annualCap()).isEqualTo(Money.of("350000"));
	}

	@Test
	void textThatIsNotAnAmountOrPercentageNamesTheField() {
		assertThatThrownBy(() -> PolicyForm.parameters(base, Map.of("r0", "ninety")))
			.isInstanceOf(BusinessException.class)
			.hasMessageContaining("INS-0052")
			.hasMessageContaining("r0");
		assertThatThrownBy(() -> PolicyForm.parameters(base, Map.of("r0", "120"))).hasMessageContaining("INS-0052");
		assertThatThrownBy(() -> PolicyForm.parameters(base, Map.of("l0", "12000:60")))
			.hasMessageContaining("INS-0052");
	}

}
