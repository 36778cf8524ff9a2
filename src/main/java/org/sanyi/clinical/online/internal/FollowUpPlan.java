package org.sanyi.clinical.online.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.sanyi.clinical.online.engine.CheckInState;

/** A post-discharge follow-up plan ({@code ol_plan}) with its check-ins. */
public record FollowUpPlan(long id, String residentId, String institutionCode, String institutionName,
		String diagnosisCode, String diagnosisName, LocalDate dischargedOn, int intervalDays, int checkIns,
		String instructions, String createdBy, Instant createdAt, List<CheckIn> schedule) {

	public FollowUpPlan {
		schedule = List.copyOf(schedule);
	}

	/** A scheduled check-in and, once done, its outcome. */
	public record CheckIn(long id, long planId, int seq, LocalDate dueOn, Instant doneAt, String doneBy,
			String outcome) {

		public CheckInState state(LocalDate today) {
			return CheckInState.of(dueOn, doneAt != null, today);
		}

	}

	/** A check-in of the doctor's list with its plan's patient and diagnosis. */
	public record Due(CheckIn checkIn, String residentId, String diagnosisName, LocalDate dischargedOn,
			CheckInState state) {
	}

}
