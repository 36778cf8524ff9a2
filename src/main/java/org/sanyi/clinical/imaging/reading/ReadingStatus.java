package org.sanyi.clinical.imaging.reading;

import java.util.Set;

/**
 * A reading's life: requested by the sending institution, taken by a radiologist of the
 * imaging centre, drafted (findings and impression saved), signed (final, in the shared
 * record); a request nobody reported on can be cancelled by its sender.
 */
public enum ReadingStatus {

	REQUESTED, ASSIGNED, DRAFTED, SIGNED, CANCELLED;

	public boolean canBecome(ReadingStatus next) {
		return switch (this) {
			case REQUESTED -> Set.of(ASSIGNED, CANCELLED).contains(next);
			case ASSIGNED -> Set.of(DRAFTED, CANCELLED).contains(next);
			case DRAFTED -> Set.of(DRAFTED, SIGNED).contains(next);
			case SIGNED, CANCELLED -> false;
		};
	}

	public boolean open() {
		return this != SIGNED && this != CANCELLED;
	}

}
