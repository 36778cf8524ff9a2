package org.sanyi.clinical.appointment.booking;

import java.time.LocalTime;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The platform's defaults for institutions without a release rule of their own, and the
 * no-show rule.
 *
 * @param daysAhead public slots of a day open this many days before it
 * @param releaseTime at this time of day
 * @param cancelBeforeMinutes cancelling closes this many minutes before the slot starts
 * @param holdMinutes how long a held slot waits for payment
 * @param noShowLimit this many no-shows ...
 * @param noShowWindowDays ... within this many days ...
 * @param suspendDays ... suspend booking for this many days after the last one
 */
@ConfigurationProperties("sanyi.appointment")
public record AppointmentSettings(Integer daysAhead, LocalTime releaseTime, Integer cancelBeforeMinutes,
		Integer holdMinutes, Integer noShowLimit, Integer noShowWindowDays, Integer suspendDays) {

	public AppointmentSettings {
		daysAhead = daysAhead == null ? 7 : daysAhead;
		releaseTime = releaseTime == null ? LocalTime.of(8, 0) : releaseTime;
		cancelBeforeMinutes = cancelBeforeMinutes == null ? 120 : cancelBeforeMinutes;
		holdMinutes = holdMinutes == null ? 10 : holdMinutes;
		noShowLimit = noShowLimit == null ? 3 : noShowLimit;
		noShowWindowDays = noShowWindowDays == null ? 90 : noShowWindowDays;
		suspendDays = suspendDays == null ? 30 : suspendDays;
	}

}
