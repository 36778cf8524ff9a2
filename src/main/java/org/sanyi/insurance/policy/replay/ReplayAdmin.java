package org.sanyi.insurance.policy.replay;

import java.time.LocalDate;
import java.util.Map;

import org.sanyi.insurance.PolicyDrafts;
import org.sanyi.insurance.policy.PolicyService;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Component;

/**
 * {@link PolicyDrafts} through the same services as the pages, with the platform's scope.
 */
@Component
class ReplayAdmin implements PolicyDrafts {

	private final PolicyService policies;

	private final PolicyReplays replays;

	ReplayAdmin(PolicyService policies, PolicyReplays replays) {
		this.policies = policies;
		this.replays = replays;
	}

	@Override
	public boolean pendingExists(String region, String insutype) {
		return policies.pendingExists(region, insutype);
	}

	@Override
	public long propose(String region, String insutype, LocalDate effectiveFrom, Map<String, String> values,
			String summary, String proposer) {
		long base = policies.latestApproved(region, insutype)
			.orElseThrow(() -> BusinessException.notFound("policy", region + "-" + insutype))
			.id();
		return policies.proposeValues(base, effectiveFrom, values, summary, proposer, DataScope.all());
	}

	@Override
	public long replay(long policyId, int year, String startedBy) {
		ReplayJob job = replays.runNow(policyId, year, Map.of(), startedBy, DataScope.all());
		if (job.result() == null) {
			throw new IllegalStateException("policy replay " + job.id() + " failed: " + job.error());
		}
		return job.result().settlements();
	}

}
