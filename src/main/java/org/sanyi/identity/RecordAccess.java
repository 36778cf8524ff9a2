package org.sanyi.identity;

import java.util.Optional;

/**
 * Whether the signed-in user may read a resident's clinical record, decided by the
 * resident's consents (a denial wins), the user's own institution (its own records only),
 * the resident themself, or a doctor's break-glass with a reason (allowed and queued for
 * review). Every allowed read is written to the audit log and to the resident's access
 * log (查阅记录).
 */
public interface RecordAccess {

	/** On what ground a read was allowed. */
	enum Basis {

		/** The resident reads their own record. */
		SELF,
		/**
		 * The resident is a patient of the reader's institution: only that institution's
		 * records.
		 */
		REGISTERED,
		/**
		 * The resident's consent for the reader's institution or one of its alliances.
		 */
		CONSENT,
		/** A platform administrator. */
		ALL,
		/** A doctor's emergency read, with a reason, reviewed later. */
		BREAK_GLASS;

		/**
		 * Whether records of every institution may be shown, not only the reader's own.
		 */
		public boolean seesAllSources() {
			return this != REGISTERED;
		}

	}

	/**
	 * Opens the resident's record for the signed-in user and records the read; empty (and
	 * nothing recorded) when the user may not read it. Regulators and insurance officers
	 * never read clinical records.
	 * @param breakGlassReason a doctor's reason for an emergency read, or null
	 * @param what what is read, for the audit log
	 */
	Optional<Basis> open(String residentId, String breakGlassReason, String what);

}
