package org.sanyi.clinical.consultation;

import java.util.Set;

/**
 * A consultation's life: requested, scheduled by the consultant institution (slot,
 * meeting link, consultants), completed with the written opinion; declined by the
 * consultant institution or cancelled by the requester before it is completed.
 */
public enum ConsultationStatus {

	REQUESTED, SCHEDULED, COMPLETED, DECLINED, CANCELLED;

	public boolean canBecome(ConsultationStatus next) {
		return switch (this) {
			case REQUESTED -> Set.of(SCHEDULED, DECLINED, CANCELLED).contains(next);
			case SCHEDULED -> Set.of(SCHEDULED, COMPLETED, CANCELLED).contains(next);
			case COMPLETED, DECLINED, CANCELLED -> false;
		};
	}

}
