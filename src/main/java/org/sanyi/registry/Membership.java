package org.sanyi.registry;

import java.time.LocalDate;

/**
 * An institution's membership of an alliance over a period.
 *
 * @param allianceId the alliance
 * @param institutionCode the member institution
 * @param role LEAD for the lead institution, MEMBER otherwise
 * @param joinedOn the first day of membership
 * @param leftOn the first day it is no longer a member (exclusive); {@code null} while it
 * lasts
 */
public record Membership(long allianceId, String institutionCode, Role role, LocalDate joinedOn, LocalDate leftOn) {

	/** Whether the institution is a member on that day. */
	public boolean activeOn(LocalDate day) {
		return !joinedOn.isAfter(day) && (leftOn == null || leftOn.isAfter(day));
	}

	public enum Role {

		LEAD, MEMBER

	}

}
