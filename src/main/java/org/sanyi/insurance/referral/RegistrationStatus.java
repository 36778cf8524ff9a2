package org.sanyi.insurance.referral;

/** A referral registration is valid until it is revoked; a revoked one stays revoked. */
public enum RegistrationStatus {

	VALID, REVOKED;

	public boolean canBecome(RegistrationStatus next) {
		return this == VALID && next == REVOKED;
	}

}
