package org.sanyi.clinical.appointment.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import org.sanyi.clinical.AppointmentAdmin.ReleaseRule;
import org.sanyi.clinical.appointment.AppointmentErrors;
import org.sanyi.shared.BusinessException;

/**
 * When a slot may be booked and cancelled, and when a resident is suspended for no-shows:
 * plain rules over values, no clock and no database, so every boundary is tested without
 * either. The capacity itself is not checked here: only PostgreSQL can say whether a slot
 * still has room when a thousand requests arrive at once.
 */
public final class BookingRules {

	private final ZoneId zone;

	private final int noShowLimit;

	private final int noShowWindowDays;

	private final int suspendDays;

	public BookingRules(ZoneId zone, int noShowLimit, int noShowWindowDays, int suspendDays) {
		this.zone = zone;
		this.noShowLimit = noShowLimit;
		this.noShowWindowDays = noShowWindowDays;
		this.suspendDays = suspendDays;
	}

	/**
	 * A moment as people read it in messages: {@code 2026-12-10 08:00} in the platform's
	 * zone.
	 */
	public String minute(Instant at) {
		return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(at.atZone(zone));
	}

	/**
	 * When the public share of a day's slots opens: {@code daysAhead} days before, at the
	 * release time.
	 */
	public Instant releaseMoment(ReleaseRule rule, LocalDate day) {
		return day.minusDays(rule.daysAhead()).atTime(rule.releaseTime()).atZone(zone).toInstant();
	}

	/** Until when a booking of a slot starting then may be cancelled (exclusive). */
	public Instant cancelCutoff(ReleaseRule rule, Instant slotStart) {
		return slotStart.minusSeconds(60L * rule.cancelBeforeMinutes());
	}

	/**
	 * Refuses a booking the rules do not allow: a slot that is over, a share the channel
	 * may not take, a public slot before its release moment, a walk-in number on another
	 * day than today.
	 */
	public void checkBookable(Pool pool, LocalDate day, Instant slotEnds, Channel channel, ReleaseRule rule,
			Instant now) {
		if (!slotEnds.isAfter(now)) {
			throw new BusinessException(AppointmentErrors.SLOT_PAST);
		}
		if (!pool.openTo(channel)) {
			throw new BusinessException(AppointmentErrors.WRONG_POOL);
		}
		if (pool == Pool.PUBLIC && channel != Channel.DESK) {
			Instant release = releaseMoment(rule, day);
			if (now.isBefore(release)) {
				throw new BusinessException(AppointmentErrors.NOT_RELEASED, minute(release));
			}
		}
		if (pool == Pool.WALKIN && !day.equals(LocalDate.ofInstant(now, zone))) {
			throw new BusinessException(AppointmentErrors.NOT_RELEASED, minute(day.atStartOfDay(zone).toInstant()));
		}
	}

	/**
	 * The last day of a suspension, if the resident is suspended today:
	 * {@code noShowLimit} no-shows within {@code noShowWindowDays} days of each other
	 * suspend booking until {@code suspendDays} days after the latest of them.
	 * @param noShowDays the days of the resident's no-shows, any order
	 */
	public Optional<LocalDate> suspendedUntil(List<LocalDate> noShowDays, LocalDate today) {
		List<LocalDate> days = noShowDays.stream().filter(d -> !d.isAfter(today)).sorted().toList();
		LocalDate until = null;
		for (int i = noShowLimit - 1; i < days.size(); i++) {
			LocalDate first = days.get(i - noShowLimit + 1);
			if (!first.isBefore(days.get(i).minusDays(noShowWindowDays - 1L))) {
				until = days.get(i).plusDays(suspendDays);
			}
		}
		return until == null || until.isBefore(today) ? Optional.empty() : Optional.of(until);
	}

}
