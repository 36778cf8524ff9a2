package org.sanyi.supervision.rules;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.shared.BusinessException;
import org.sanyi.supervision.SupervisionErrors;
import org.sanyi.supervision.engine.Claim;
import org.sanyi.supervision.engine.Scene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rule test form's sample claim: what it reads, and what it refuses naming the field.
 */
class SampleClaimTest {

	static Map<String, String> form(String medType) {
		Map<String, String> form = new HashMap<>(Map.of("admission", "2026-03-02", "scene", "OUTPATIENT", "sex", "1",
				"birthDate", "1958-06-01", "lines", "XC08CAA001,09,30,0.45,2026-03-02,90"));
		if (medType != null) {
			form.put("medType", medType);
		}
		return form;
	}

	@Test
	void aChronicVisitIsReadFromTheMedicalTypeAndAGeneralOneWhenNoneIsGiven() {
		Claim chronic = SampleClaim.read(form("14"));
		assertThat(chronic.chronic()).isTrue();
		assertThat(chronic.scene()).isEqualTo(Scene.OUTPATIENT);
		assertThat(chronic.lines()).singleElement().satisfies(l -> {
			assertThat(l.daysSupplied()).isEqualTo(90);
			assertThat(l.amount()).isEqualByComparingTo("13.50");
		});
		assertThat(SampleClaim.read(form("11")).chronic()).isFalse();
		assertThat(SampleClaim.read(form(null)).chronic()).isFalse();
	}

	@Test
	void aMedicalTypeTheFormDoesNotOfferIsRefusedNamingIt() {
		assertThatThrownBy(() -> SampleClaim.read(form("21"))).isInstanceOfSatisfying(BusinessException.class, ex -> {
			assertThat(ex.error()).isEqualTo(SupervisionErrors.SAMPLE_INVALID);
			assertThat(ex.args()).containsExactly("medType: 21");
		});
	}

}
