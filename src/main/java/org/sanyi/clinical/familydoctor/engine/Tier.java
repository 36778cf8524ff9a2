package org.sanyi.clinical.familydoctor.engine;

/**
 * The county health-management centre's three colours: green on target (routine
 * follow-up), yellow off target (adjust, follow up soon), red dangerous or repeatedly
 * uncontrolled (refer).
 */
public enum Tier {

	GREEN, YELLOW, RED;

	public Tier worse(Tier other) {
		return other != null && other.compareTo(this) > 0 ? other : this;
	}

}
