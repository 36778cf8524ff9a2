package org.sanyi.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlatformTimeTest {

	private static final Instant EVENT = Instant.parse("2026-03-01T11:15:00Z");

	@Test
	void oneInstantReadsTheSameInBeijingTimeWhateverTypeCarriesIt() {
		var asUtc = OffsetDateTime.ofInstant(EVENT, ZoneOffset.UTC);
		var asBeijing = OffsetDateTime.ofInstant(EVENT, ZoneId.of("Asia/Shanghai"));
		var asZoned = EVENT.atZone(ZoneId.of("Europe/Berlin"));
		var asWallClock = LocalDateTime.of(2026, 3, 1, 19, 15);

		for (Object time : new Object[] { EVENT, asUtc, asBeijing, asZoned, Date.from(EVENT), asWallClock }) {
			assertThat(PlatformTime.second(time)).as(time.getClass().getSimpleName()).isEqualTo("2026-03-01 19:15:00");
			assertThat(PlatformTime.minute(time)).isEqualTo("2026-03-01 19:15");
			assertThat(PlatformTime.date(time)).isEqualTo("2026-03-01");
		}
	}

	@Test
	void lateEveningUtcIsTheNextDayInBeijing() {
		assertThat(PlatformTime.minute(Instant.parse("2026-03-01T19:15:00Z"))).isEqualTo("2026-03-02 03:15");
	}

	@Test
	void datesStayDatesAndNullIsEmpty() {
		assertThat(PlatformTime.second(LocalDate.of(2026, 3, 1))).isEqualTo("2026-03-01");
		assertThat(PlatformTime.minute(null)).isEmpty();
	}

}
