package org.sanyi.clinical.imaging.reading;

import java.time.Duration;

/**
 * How soon a reading is due (报告时限): emergency studies within 30 minutes, urgent ones
 * within 2 hours, routine ones within 24 hours of the request, the turnaround the county
 * imaging centres of Fujian's medical communities commit to their township centres.
 */
public enum Priority {

	STAT(Duration.ofMinutes(30)), URGENT(Duration.ofHours(2)), ROUTINE(Duration.ofHours(24));

	private final Duration turnaround;

	Priority(Duration turnaround) {
		this.turnaround = turnaround;
	}

	public Duration turnaround() {
		return turnaround;
	}

}
