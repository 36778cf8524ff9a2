package org.sanyi.clinical.consultation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A consultation is scheduled before it is completed, and final once answered. */
class ConsultationStatusTest {

	@Test
	void anOpinionNeedsAScheduledConsultation() {
		assertThat(ConsultationStatus.REQUESTED.canBecome(ConsultationStatus.COMPLETED)).isFalse();
		assertThat(ConsultationStatus.SCHEDULED.canBecome(ConsultationStatus.COMPLETED)).isTrue();
		assertThat(ConsultationStatus.SCHEDULED.canBecome(ConsultationStatus.SCHEDULED)).as("rescheduled").isTrue();
	}

	@Test
	void completedDeclinedAndCancelledConsultationsAreFinal() {
		for (ConsultationStatus next : ConsultationStatus.values()) {
			assertThat(ConsultationStatus.COMPLETED.canBecome(next)).isFalse();
			assertThat(ConsultationStatus.DECLINED.canBecome(next)).isFalse();
			assertThat(ConsultationStatus.CANCELLED.canBecome(next)).isFalse();
		}
		assertThat(ConsultationStatus.SCHEDULED.canBecome(ConsultationStatus.DECLINED)).isFalse();
	}

}
