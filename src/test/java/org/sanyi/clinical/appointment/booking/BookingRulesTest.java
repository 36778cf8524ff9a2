package org.sanyi.clinical.appointment.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.clinical.AppointmentAdmin.ReleaseRule;
import org.sanyi.clinical.appointment.AppointmentErrors;
import org.sanyi.shared.BusinessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BookingRulesTest {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final BookingRules RULES = new BookingRules(ZONE, 3, 90, 30);

	static final ReleaseRule SEVEN_AT_EIGHT = new ReleaseRule("H35990000001", 7, LocalTime.of(8, 0), 120, 10);

	static final LocalDate MONDAY = LocalDate.of(2026, 12, 14);

	static Instant at(LocalDate day, int hour, int minute, int second) {
		return LocalDateTime.of(day, LocalTime.of(hour, minute, second)).atZone(ZONE).toInstant();
	}

	static final Instant SLOT_ENDS = at(MONDAY, 8, 30, 0);

	@Test
	void publicSlotsOpenSevenDaysAheadAtEightOClockNotASecondEarlier() {
		LocalDate releaseDay = MONDAY.minusDays(7);
		assertThat(RULES.releaseMoment(SEVEN_AT_EIGHT, MONDAY)).isEqualTo(at(releaseDay, 8, 0, 0));
		assertThatThrownBy(() -> RULES.checkBookable(Pool.PUBLIC, MONDAY, SLOT_ENDS, Channel.PORTAL, SEVEN_AT_EIGHT,
				at(releaseDay, 7, 59, 59)))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.error()).isEqualTo(AppointmentErrors.NOT_RELEASED);
				assertThat(ex.args()).containsExactly("2026-12-07 08:00");
			});
		assertThatCode(() -> RULES.checkBookable(Pool.PUBLIC, MONDAY, SLOT_ENDS, Channel.PORTAL, SEVEN_AT_EIGHT,
				at(releaseDay, 8, 0, 0)))
			.doesNotThrowAnyException();
	}

	@Test
	void aSlotThatHasEndedCannotBeBookedButOneUnderWayCan() {
		assertThatThrownBy(
				() -> RULES.checkBookable(Pool.PUBLIC, MONDAY, SLOT_ENDS, Channel.PORTAL, SEVEN_AT_EIGHT, SLOT_ENDS))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(AppointmentErrors.SLOT_PAST));
		assertThatCode(() -> RULES.checkBookable(Pool.PUBLIC, MONDAY, SLOT_ENDS, Channel.PORTAL, SEVEN_AT_EIGHT,
				SLOT_ENDS.minusSeconds(1)))
			.doesNotThrowAnyException();
	}

	@Test
	void referralSlotsAreOnlyForReferralsAndOpenBeforeTheRelease() {
		Instant early = at(MONDAY.minusDays(20), 9, 0, 0);
		assertThatCode(
				() -> RULES.checkBookable(Pool.REFERRAL, MONDAY, SLOT_ENDS, Channel.REFERRAL, SEVEN_AT_EIGHT, early))
			.doesNotThrowAnyException();
		for (Channel other : List.of(Channel.PORTAL, Channel.DESK, Channel.API)) {
			assertThatThrownBy(
					() -> RULES.checkBookable(Pool.REFERRAL, MONDAY, SLOT_ENDS, other, SEVEN_AT_EIGHT, early))
				.isInstanceOfSatisfying(BusinessException.class,
						ex -> assertThat(ex.error()).isEqualTo(AppointmentErrors.WRONG_POOL));
		}
		assertThatThrownBy(() -> RULES.checkBookable(Pool.PUBLIC, MONDAY, SLOT_ENDS, Channel.REFERRAL, SEVEN_AT_EIGHT,
				at(MONDAY, 7, 0, 0)))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(AppointmentErrors.WRONG_POOL));
	}

	@Test
	void walkInSlotsAreGivenAtTheDeskOnTheDayOnly() {
		assertThatCode(() -> RULES.checkBookable(Pool.WALKIN, MONDAY, SLOT_ENDS, Channel.DESK, SEVEN_AT_EIGHT,
				at(MONDAY, 7, 0, 0)))
			.doesNotThrowAnyException();
		assertThatThrownBy(() -> RULES.checkBookable(Pool.WALKIN, MONDAY, SLOT_ENDS, Channel.DESK, SEVEN_AT_EIGHT,
				at(MONDAY.minusDays(1), 16, 0, 0)))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(AppointmentErrors.NOT_RELEASED));
		assertThatThrownBy(() -> RULES.checkBookable(Pool.WALKIN, MONDAY, SLOT_ENDS, Channel.PORTAL, SEVEN_AT_EIGHT,
				at(MONDAY, 7, 0, 0)))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(AppointmentErrors.WRONG_POOL));
	}

	@Test
	void cancellingClosesTheRulesMinutesBeforeTheSlot() {
		Instant start = at(MONDAY, 8, 0, 0);
		assertThat(RULES.cancelCutoff(SEVEN_AT_EIGHT, start)).isEqualTo(at(MONDAY, 6, 0, 0));
	}

	@Test
	void threeNoShowsWithinNinetyDaysSuspendForThirtyDaysAfterTheLast() {
		LocalDate today = LocalDate.of(2026, 12, 4);
		List<LocalDate> three = List.of(today.minusDays(89), today.minusDays(40), today.minusDays(2));
		assertThat(RULES.suspendedUntil(three, today)).contains(today.minusDays(2).plusDays(30));
		// the last day of the suspension is still suspended, the next is not
		LocalDate lastDay = today.minusDays(2).plusDays(30);
		assertThat(RULES.suspendedUntil(three, lastDay)).contains(lastDay);
		assertThat(RULES.suspendedUntil(three, lastDay.plusDays(1))).isEmpty();
	}

	@Test
	void noShowsSpreadOverMoreThanNinetyDaysOrFewerThanThreeDoNotSuspend() {
		LocalDate today = LocalDate.of(2026, 12, 4);
		assertThat(RULES.suspendedUntil(List.of(today.minusDays(91), today.minusDays(40), today.minusDays(1)), today))
			.isEmpty();
		assertThat(RULES.suspendedUntil(List.of(today.minusDays(3), today.minusDays(1)), today)).isEmpty();
		assertThat(RULES.suspendedUntil(List.of(), today)).isEmpty();
	}

	@Test
	void appointmentStatesMoveOnlyForward() {
		assertThat(AppointmentStatus.HELD.canBecome(AppointmentStatus.BOOKED)).isTrue();
		assertThat(AppointmentStatus.BOOKED.canBecome(AppointmentStatus.CHECKED_IN)).isTrue();
		assertThat(AppointmentStatus.CHECKED_IN.canBecome(AppointmentStatus.CANCELLED)).isFalse();
		assertThat(AppointmentStatus.FULFILLED.canBecome(AppointmentStatus.CANCELLED)).isFalse();
		assertThat(AppointmentStatus.EXPIRED.canBecome(AppointmentStatus.BOOKED)).isFalse();
		assertThat(AppointmentStatus.CANCELLED.predecessors()).containsExactlyInAnyOrder(AppointmentStatus.HELD,
				AppointmentStatus.BOOKED);
	}

}
