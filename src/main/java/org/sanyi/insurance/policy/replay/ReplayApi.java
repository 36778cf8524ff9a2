package org.sanyi.insurance.policy.replay;

import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Policy replay over REST: start a run (with values typed over the version), read it. */
@RestController
@Tag(name = "insurance-policy-replay", description = "政策模拟：以政策版本重算一个结算年度")
class ReplayApi {

	private final PolicyReplays replays;

	private final AuditLog audit;

	ReplayApi(PolicyReplays replays, AuditLog audit) {
		this.replays = replays;
		this.audit = audit;
	}

	/**
	 * What to replay.
	 *
	 * @param year the fund year
	 * @param values values typed over the version's rules, the edit form's fields
	 * ({@code d0}, {@code r1}, …); empty for the version as stored
	 */
	record ReplayRequest(String year, Map<String, String> values) {
	}

	/** A started run. */
	record Started(long id) {
	}

	@PostMapping("/api/insurance/policies/{id}/replays")
	@ResponseStatus(HttpStatus.ACCEPTED)
	@PreAuthorize("hasAnyAuthority('insurance:policy:edit', 'insurance:policy:approve')")
	@Operation(summary = "Replay a policy version over a recorded fund year in the background")
	Started start(@PathVariable long id, @RequestBody ReplayRequest request) {
		CurrentUser user = CurrentUsers.get();
		long job = replays.start(id, request.year(), request.values(), user.username(), user.scope());
		audit.describe("insurance:policy", String.valueOf(id), "replay " + job + " over " + request.year());
		return new Started(job);
	}

	@GetMapping("/api/insurance/replays/{id}")
	@PreAuthorize("hasAuthority('insurance:policy:list')")
	@Operation(summary = "A replay run: progress, and the report when done")
	ReplayJob get(@PathVariable long id) {
		return replays.job(id, CurrentUsers.scope()).orElseThrow(() -> BusinessException.notFound("replay", id));
	}

}
