package org.sanyi.clinical.imaging.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/**
 * A reading is taken before it is drafted, drafted before it is signed, and final then.
 */
class ReadingStatusTest {

	@Test
	void aReadingIsSignedOnlyFromADraft() {
		assertThat(ReadingStatus.REQUESTED.canBecome(ReadingStatus.SIGNED)).isFalse();
		assertThat(ReadingStatus.ASSIGNED.canBecome(ReadingStatus.SIGNED)).isFalse();
		assertThat(ReadingStatus.DRAFTED.canBecome(ReadingStatus.SIGNED)).isTrue();
	}

	@Test
	void signedAndCancelledReadingsAreFinal() {
		for (ReadingStatus next : ReadingStatus.values()) {
			assertThat(ReadingStatus.SIGNED.canBecome(next)).isFalse();
			assertThat(ReadingStatus.CANCELLED.canBecome(next)).isFalse();
		}
	}

	@Test
	void aReportedReadingCanNoLongerBeWithdrawn() {
		assertThat(ReadingStatus.REQUESTED.canBecome(ReadingStatus.CANCELLED)).isTrue();
		assertThat(ReadingStatus.DRAFTED.canBecome(ReadingStatus.CANCELLED)).isFalse();
	}

	@Test
	void prioritiesCarryTheirTurnaround() {
		assertThat(Priority.STAT.turnaround()).isEqualTo(Duration.ofMinutes(30));
		assertThat(ReadingService.priority("urgent")).isEqualTo(Priority.URGENT);
		assertThat(ReadingService.priority(null)).isEqualTo(Priority.ROUTINE);
	}

}
