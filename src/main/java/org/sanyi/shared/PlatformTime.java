package org.sanyi.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Date;

/**
 * The platform's one time zone ({@code sanyi.time-zone}, Asia/Shanghai unless configured)
 * and the only way a time is shown to a person: pages ({@code #times} in templates),
 * Excel exports and file names all format through here, so one event reads the same on
 * every page. Instants and offset times are converted into the zone; local dates and
 * times are already the platform's wall-clock time (the national interface sends Beijing
 * time) and are shown as they are.
 */
public final class PlatformTime {

	public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Shanghai");

	private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

	private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

	private static volatile ZoneId zone = DEFAULT_ZONE;

	private PlatformTime() {
	}

	/** The zone every time is shown in. */
	public static ZoneId zone() {
		return zone;
	}

	/** Set once at start-up from {@code sanyi.time-zone}. */
	public static void use(ZoneId platformZone) {
		zone = platformZone;
	}

	/** Today in the platform's zone (not the machine's). */
	public static LocalDate today() {
		return LocalDate.now(zone);
	}

	/** Now as the platform's wall-clock time. */
	public static LocalDateTime now() {
		return LocalDateTime.now(zone);
	}

	/** {@code yyyy-MM-dd HH:mm:ss}; empty for null. */
	public static String second(Object time) {
		return format(time, SECOND);
	}

	/** {@code yyyy-MM-dd HH:mm}; empty for null. */
	public static String minute(Object time) {
		return format(time, MINUTE);
	}

	/** {@code yyyy-MM-dd}; empty for null. */
	public static String date(Object time) {
		return format(time, DATE);
	}

	/** {@code HH:mm:ss}; empty for null. */
	public static String time(Object time) {
		return format(time, TIME);
	}

	/** The value as the platform's wall-clock time, or null when it is not a time. */
	public static TemporalAccessor local(Object time) {
		return switch (time) {
			case null -> null;
			case Instant i -> i.atZone(zone).toLocalDateTime();
			case OffsetDateTime o -> o.atZoneSameInstant(zone).toLocalDateTime();
			case ZonedDateTime z -> z.withZoneSameInstant(zone).toLocalDateTime();
			case Date d -> d.toInstant().atZone(zone).toLocalDateTime();
			case LocalDateTime l -> l;
			case LocalDate d -> d;
			case LocalTime t -> t;
			default -> null;
		};
	}

	private static String format(Object time, DateTimeFormatter pattern) {
		TemporalAccessor local = local(time);
		if (local == null) {
			return time == null ? "" : time.toString();
		}
		if (local instanceof LocalDate d && pattern != DATE) {
			return d.format(DATE);
		}
		if (local instanceof LocalTime t && pattern != TIME) {
			return t.format(pattern == MINUTE ? DateTimeFormatter.ofPattern("HH:mm") : TIME);
		}
		return pattern.format(local);
	}

}
