package org.sanyi.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/**
 * Today's demo queue never holds a check-in or a call after the moment the demo is
 * loaded, whatever the time of day.
 */
class QueueMomentsTest {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

	static final Duration SPAN = DemoAppointments.TODAY_QUEUE_SPAN;

	@Test
	void laterInTheDayTheQueueKeepsItsMorningTimes() {
		Instant now = at(11, 30);
		QueueMoments moments = QueueMoments.of(TODAY, now, ZONE, SPAN);
		assertThat(moments.at(0)).isEqualTo(at(7, 45));
		assertThat(moments.at(1860)).isEqualTo(at(8, 16));
	}

	@Test
	void earlyInTheMorningEveryMomentIsBeforeNowAndStillToday() {
		for (Instant now : List.of(at(6, 0), at(7, 50), at(8, 16), at(0, 40))) {
			QueueMoments moments = QueueMoments.of(TODAY, now, ZONE, SPAN);
			assertThat(moments.at(SPAN.toSeconds())).as("last call at %s", now).isBefore(now);
			assertThat(LocalDate.ofInstant(moments.at(0), ZONE)).isEqualTo(TODAY);
		}
	}

	@Test
	void justAfterMidnightTheSequenceIsSqueezedButKeepsItsOrder() {
		Instant now = at(0, 5);
		QueueMoments moments = QueueMoments.of(TODAY, now, ZONE, SPAN);
		List<Instant> all = LongStream.of(0, 180, 900, 1380, 1440, 1800, 1860).mapToObj(moments::at).toList();
		assertThat(all).isSorted().allSatisfy(t -> {
			assertThat(t).isBefore(now);
			assertThat(LocalDate.ofInstant(t, ZONE)).isEqualTo(TODAY);
		});
		assertThat(all.getFirst()).isBefore(all.getLast());
	}

	private static Instant at(int hour, int minute) {
		return LocalDateTime.of(TODAY, java.time.LocalTime.of(hour, minute)).atZone(ZONE).toInstant();
	}

}
