package org.sanyi.clinical.online.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates of a post-discharge plan's check-ins: every {@code interval} days after
 * discharge, {@code count} times (e.g. 7, 14, 21 and 28 days for a weekly plan of four).
 */
public final class CheckInSchedule {

	public static final int MAX_INTERVAL_DAYS = 180;

	public static final int MAX_CHECK_INS = 24;

	private CheckInSchedule() {
	}

	/** Whether the interval and count are within the limits a plan accepts. */
	public static boolean valid(int intervalDays, int count) {
		return intervalDays >= 1 && intervalDays <= MAX_INTERVAL_DAYS && count >= 1 && count <= MAX_CHECK_INS;
	}

	public static List<LocalDate> dates(LocalDate discharged, int intervalDays, int count) {
		if (!valid(intervalDays, count)) {
			throw new IllegalArgumentException("interval " + intervalDays + " count " + count);
		}
		List<LocalDate> dates = new ArrayList<>(count);
		for (int i = 1; i <= count; i++) {
			dates.add(discharged.plusDays((long) intervalDays * i));
		}
		return dates;
	}

}
