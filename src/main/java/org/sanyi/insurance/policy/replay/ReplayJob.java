package org.sanyi.insurance.policy.replay;

import java.time.OffsetDateTime;
import java.util.Map;

import org.sanyi.insurance.policy.replay.engine.ReplayResult;

/**
 * A replay run as stored ({@code ins_policy_replay}).
 *
 * @param id row id
 * @param policyId the version replayed
 * @param year the fund year
 * @param overrides form values typed over the version's rules for this run
 * @param status running, done or failed
 * @param total settlements of the year to replay
 * @param done settlements replayed so far
 * @param result the report when done
 * @param error the error's code and message when failed
 * @param startedBy who started it
 * @param startedAt when
 * @param finishedAt when it ended
 */
public record ReplayJob(long id, long policyId, int year, Map<String, String> overrides, ReplayStatus status,
		long total, long done, ReplayResult result, String error, String startedBy, OffsetDateTime startedAt,
		OffsetDateTime finishedAt) {

	/** Whole percent done, 100 when finished. */
	public int percent() {
		if (status != ReplayStatus.RUNNING) {
			return 100;
		}
		return total == 0 ? 0 : (int) Math.min(99, done * 100 / total);
	}

	public boolean running() {
		return status == ReplayStatus.RUNNING;
	}

}
