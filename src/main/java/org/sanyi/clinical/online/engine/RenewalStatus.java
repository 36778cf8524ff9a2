package org.sanyi.clinical.online.engine;

/**
 * A renewal request (续方申请): requested by the resident; issued by a doctor of the
 * prescribing institution (a new e-prescription), refused with a reason, or cancelled by
 * the resident while it waits.
 */
public enum RenewalStatus {

	REQUESTED, ISSUED, REFUSED, CANCELLED;

	public boolean canBecome(RenewalStatus target) {
		return this == REQUESTED && target != REQUESTED;
	}

}
