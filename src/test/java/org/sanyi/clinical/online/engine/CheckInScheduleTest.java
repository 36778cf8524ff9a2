package org.sanyi.clinical.online.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CheckInScheduleTest {

	static final LocalDate DISCHARGED = LocalDate.of(2026, 11, 2);

	@Test
	void checkInsFollowDischargeEveryInterval() {
		assertThat(CheckInSchedule.dates(DISCHARGED, 7, 4)).containsExactly(LocalDate.of(2026, 11, 9),
				LocalDate.of(2026, 11, 16), LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 30));
	}

	@Test
	void intervalsAndCountsOutsideTheLimitsAreRefused() {
		assertThat(CheckInSchedule.valid(0, 4)).isFalse();
		assertThat(CheckInSchedule.valid(181, 4)).isFalse();
		assertThat(CheckInSchedule.valid(7, 0)).isFalse();
		assertThat(CheckInSchedule.valid(7, 25)).isFalse();
		assertThat(CheckInSchedule.valid(180, 24)).isTrue();
		assertThatThrownBy(() -> CheckInSchedule.dates(DISCHARGED, 0, 1)).isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void aCheckInIsDueOnItsDayAndThreeDaysAfterThenOverdue() {
		LocalDate due = LocalDate.of(2026, 11, 9);
		assertThat(CheckInState.of(due, false, due.minusDays(1))).isEqualTo(CheckInState.UPCOMING);
		assertThat(CheckInState.of(due, false, due)).isEqualTo(CheckInState.DUE);
		assertThat(CheckInState.of(due, false, due.plusDays(3))).isEqualTo(CheckInState.DUE);
		assertThat(CheckInState.of(due, false, due.plusDays(4))).isEqualTo(CheckInState.OVERDUE);
		assertThat(CheckInState.of(due, true, due.plusDays(30))).isEqualTo(CheckInState.DONE);
	}

}
