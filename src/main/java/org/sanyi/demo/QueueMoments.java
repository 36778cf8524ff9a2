package org.sanyi.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Where the demo puts today's morning queue in time. The queue's check-ins and calls are
 * laid out from {@link #NOMINAL_START} (07:45); when the demo is loaded before that
 * morning is over, the same sequence is moved (and, shortly after midnight, squeezed) so
 * that every moment lies on today and before "now": the queue page must never show a
 * check-in or a call that has not happened yet.
 */
final class QueueMoments {

	static final LocalTime NOMINAL_START = LocalTime.of(7, 45);

	/** The last moment is at least this long before now. */
	static final Duration MARGIN = Duration.ofMinutes(1);

	private final Instant start;

	private final double scale;

	private QueueMoments(Instant start, double scale) {
		this.start = start;
		this.scale = scale;
	}

	/**
	 * @param span how long after the first moment the last one comes, in the nominal
	 * layout
	 */
	static QueueMoments of(LocalDate today, Instant now, ZoneId zone, Duration span) {
		Instant nominal = today.atTime(NOMINAL_START).atZone(zone).toInstant();
		Instant latest = now.minus(MARGIN);
		if (!nominal.plus(span).isAfter(latest)) {
			return new QueueMoments(nominal, 1);
		}
		Instant midnight = today.atStartOfDay(zone).toInstant();
		Instant shifted = latest.minus(span);
		if (!shifted.isBefore(midnight)) {
			return new QueueMoments(shifted, 1);
		}
		// just after midnight: squeeze the whole sequence between midnight and now
		long room = Math.max(0, Duration.between(midnight, now).toMillis() - 1);
		double scale = span.isZero() ? 0 : Math.min(1, (double) room / span.toMillis());
		return new QueueMoments(midnight, scale);
	}

	/** The moment {@code seconds} after the first one in the nominal layout. */
	Instant at(long seconds) {
		return start.plusMillis(Math.round(seconds * 1000 * scale));
	}

}
