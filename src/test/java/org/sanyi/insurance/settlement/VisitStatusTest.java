package org.sanyi.insurance.settlement;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.insurance.settlement.VisitStatus.ADMITTED;
import static org.sanyi.insurance.settlement.VisitStatus.CANCELLED;
import static org.sanyi.insurance.settlement.VisitStatus.DISCHARGED;
import static org.sanyi.insurance.settlement.VisitStatus.REGISTERED;
import static org.sanyi.insurance.settlement.VisitStatus.SETTLED;

/** The life of a visit: which transaction may move it where. */
class VisitStatusTest {

	@Test
	void anOutpatientVisitIsSettledOrCancelledAndAReversalReopensIt() {
		assertThat(VisitStatus.opened(false)).isEqualTo(REGISTERED);
		assertThat(REGISTERED.canBecome(SETTLED)).isTrue();
		assertThat(REGISTERED.canBecome(CANCELLED)).isTrue();
		assertThat(SETTLED.canBecome(VisitStatus.reopened(false))).isTrue();
		assertThat(SETTLED.canBecome(CANCELLED)).as("a settled visit is reversed first").isFalse();
	}

	@Test
	void anAdmissionIsDischargedBeforeItIsSettledAndADischargeCanBeUndone() {
		assertThat(VisitStatus.opened(true)).isEqualTo(ADMITTED);
		assertThat(ADMITTED.canBecome(SETTLED)).as("interim settlements leave it admitted").isFalse();
		assertThat(ADMITTED.canBecome(DISCHARGED)).isTrue();
		assertThat(DISCHARGED.canBecome(ADMITTED)).isTrue();
		assertThat(DISCHARGED.canBecome(SETTLED)).isTrue();
		assertThat(DISCHARGED.canBecome(CANCELLED)).isFalse();
		assertThat(SETTLED.canBecome(VisitStatus.reopened(true))).isTrue();
	}

	@Test
	void aCancelledVisitStaysCancelled() {
		for (VisitStatus next : VisitStatus.values()) {
			assertThat(CANCELLED.canBecome(next)).isFalse();
		}
	}

}
