package org.sanyi.clinical.online.engine;

import java.util.EnumSet;
import java.util.Set;

/**
 * The life of an online follow-up visit: the resident requests it; a doctor of the
 * institution accepts it, starts the consultation (text, images, a video link) and
 * completes it with a conclusion. The resident may cancel until the consultation has
 * started, the doctor while it is not completed (with a reason).
 */
public enum VisitStatus {

	REQUESTED, ACCEPTED, IN_CONSULTATION, COMPLETED, CANCELLED;

	public Set<VisitStatus> next() {
		return switch (this) {
			case REQUESTED -> EnumSet.of(ACCEPTED, CANCELLED);
			case ACCEPTED -> EnumSet.of(IN_CONSULTATION, CANCELLED);
			case IN_CONSULTATION -> EnumSet.of(COMPLETED, CANCELLED);
			case COMPLETED, CANCELLED -> EnumSet.noneOf(VisitStatus.class);
		};
	}

	public boolean canBecome(VisitStatus target) {
		return next().contains(target);
	}

	/** Whether the resident (not the doctor) may still cancel. */
	public boolean residentMayCancel() {
		return this == REQUESTED || this == ACCEPTED;
	}

	/** Whether messages may be exchanged. */
	public boolean open() {
		return this == ACCEPTED || this == IN_CONSULTATION;
	}

}
