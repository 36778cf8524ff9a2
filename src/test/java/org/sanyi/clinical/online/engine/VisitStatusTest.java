package org.sanyi.clinical.online.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.sanyi.clinical.online.engine.VisitStatus.ACCEPTED;
import static org.sanyi.clinical.online.engine.VisitStatus.CANCELLED;
import static org.sanyi.clinical.online.engine.VisitStatus.COMPLETED;
import static org.sanyi.clinical.online.engine.VisitStatus.IN_CONSULTATION;
import static org.sanyi.clinical.online.engine.VisitStatus.REQUESTED;

import org.junit.jupiter.api.Test;

class VisitStatusTest {

	@Test
	void aVisitGoesFromRequestToCompletionOneStepAtATime() {
		assertThat(REQUESTED.canBecome(ACCEPTED)).isTrue();
		assertThat(ACCEPTED.canBecome(IN_CONSULTATION)).isTrue();
		assertThat(IN_CONSULTATION.canBecome(COMPLETED)).isTrue();
		assertThat(REQUESTED.canBecome(IN_CONSULTATION)).isFalse();
		assertThat(REQUESTED.canBecome(COMPLETED)).isFalse();
		assertThat(ACCEPTED.canBecome(COMPLETED)).isFalse();
	}

	@Test
	void completedAndCancelledVisitsAreFinal() {
		for (VisitStatus target : VisitStatus.values()) {
			assertThat(COMPLETED.canBecome(target)).isFalse();
			assertThat(CANCELLED.canBecome(target)).isFalse();
		}
		assertThat(COMPLETED.next()).isEmpty();
	}

	@Test
	void theResidentMayCancelOnlyUntilTheConsultationStarts() {
		assertThat(REQUESTED.residentMayCancel()).isTrue();
		assertThat(ACCEPTED.residentMayCancel()).isTrue();
		assertThat(IN_CONSULTATION.residentMayCancel()).isFalse();
		assertThat(IN_CONSULTATION.canBecome(CANCELLED)).isTrue();
	}

	@Test
	void messagesAreExchangedOnlyOnceAcceptedAndBeforeTheEnd() {
		assertThat(REQUESTED.open()).isFalse();
		assertThat(ACCEPTED.open()).isTrue();
		assertThat(IN_CONSULTATION.open()).isTrue();
		assertThat(COMPLETED.open()).isFalse();
		assertThat(CANCELLED.open()).isFalse();
	}

	@Test
	void aRenewalIsDecidedOnceOnly() {
		assertThat(RenewalStatus.REQUESTED.canBecome(RenewalStatus.ISSUED)).isTrue();
		assertThat(RenewalStatus.REQUESTED.canBecome(RenewalStatus.REFUSED)).isTrue();
		assertThat(RenewalStatus.ISSUED.canBecome(RenewalStatus.REFUSED)).isFalse();
		assertThat(RenewalStatus.REFUSED.canBecome(RenewalStatus.ISSUED)).isFalse();
		assertThat(RenewalStatus.REQUESTED.canBecome(RenewalStatus.REQUESTED)).isFalse();
	}

}
