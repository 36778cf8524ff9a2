package org.sanyi.shared.review;

/**
 * Where a reviewed version is in its life, stored under these names (each table's CHECK
 * constraint lists the ones it uses): proposed and waiting for a second officer, approved
 * (in force over its dates), rejected, or replaced by a later approved version (for
 * versions without dates; dated versions are ended by date instead and stay approved).
 */
public enum ReviewStatus {

	PENDING, APPROVED, REJECTED, SUPERSEDED;

	/**
	 * Whether a version in this state may move to {@code next}: a pending one is decided
	 * once, an approved one replaced.
	 */
	public boolean canBecome(ReviewStatus next) {
		return switch (this) {
			case PENDING -> next == APPROVED || next == REJECTED;
			case APPROVED -> next == SUPERSEDED;
			case REJECTED, SUPERSEDED -> false;
		};
	}

	/**
	 * The state of a stored name ({@code IllegalArgumentException} for a name the table
	 * should not hold).
	 */
	public static ReviewStatus of(String name) {
		return valueOf(name);
	}

}
