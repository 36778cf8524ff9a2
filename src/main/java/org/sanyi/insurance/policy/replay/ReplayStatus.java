package org.sanyi.insurance.policy.replay;

/**
 * A replay job: running (with progress), done with its report, or failed with the error.
 */
public enum ReplayStatus {

	RUNNING, DONE, FAILED;

	public boolean canBecome(ReplayStatus next) {
		return this == RUNNING && next != RUNNING;
	}

}
