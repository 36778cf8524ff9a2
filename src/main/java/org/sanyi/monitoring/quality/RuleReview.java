package org.sanyi.monitoring.quality;

import java.util.List;
import java.util.Map;

import org.sanyi.monitoring.quality.QualityRepository.Rule;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.review.MakerChecker;
import org.sanyi.shared.review.Refusal;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes of data-quality rules under the shared maker–checker: a regulator proposes a
 * rule as it should read (or switched off) with a reason, checked like a new rule before
 * anything is stored; another regulator approves it — written into the rule the checks
 * read, the rule's previous approved change superseded — or rejects it. One pending
 * change per rule; the proposer never decides.
 */
@Service
public class RuleReview {

	private final RuleChanges changes;

	private final QualityService quality;

	private final MakerChecker<RuleChange, String> review;

	RuleReview(RuleChanges changes, QualityService quality) {
		this.changes = changes;
		this.quality = quality;
		this.review = new MakerChecker<>(changes, RuleReview::refusal);
	}

	/**
	 * Proposes a change of rule {@code code} from a form ({@code active} "true" keeps it
	 * on, anything else switches it off); returns the change's id.
	 */
	@Transactional
	public long propose(String code, Map<String, String> form, String by) {
		Rule current = quality.rule(code).orElseThrow(() -> new BusinessException(QualityErrors.RULE_NOT_FOUND, code));
		Rule proposed = quality.read(form, current.code(), "true".equals(form.get("active")), by);
		String summary = summary(form);
		review.requireNoPending(code);
		return changes.insert(proposed, summary, by, "CHANGE");
	}

	/**
	 * Proposes a new rule from the data-quality page's form (its code, fields and a
	 * reason): checked like any rule (MON-0120, MON-0121), refused when the code is taken
	 * (MON-0122) or already proposed (MON-0126); nothing is checked against it before a
	 * second regulator approves. Returns the proposal's id.
	 */
	@Transactional
	public long proposeNew(Map<String, String> form, String by) {
		String code = QualityService.field(form, "code", "[a-z][a-z0-9_]{0,39}");
		Rule proposed = quality.read(form, code, true, by);
		if (quality.rule(code).isPresent()) {
			throw new BusinessException(QualityErrors.RULE_EXISTS, code);
		}
		String summary = summary(form);
		review.requireNoPending(code);
		return changes.insert(proposed, summary, by, "ADD");
	}

	/**
	 * A second regulator approves: the rule reads as proposed from now on (a new rule is
	 * inserted, switched on, created by its proposer).
	 */
	@Transactional
	public void approve(long id, String reviewer, String note) {
		RuleChange pending = pending(id, reviewer);
		if (pending.addition() && quality.rule(pending.ruleCode()).isPresent()) {
			throw new BusinessException(QualityErrors.RULE_EXISTS, pending.ruleCode());
		}
		review.approve(pending, reviewer, note);
		if (pending.addition()) {
			quality.insert(new Rule(pending.ruleCode(), pending.nameZh(), pending.nameEn(), pending.leftExpr(),
					pending.operator(), pending.rightExpr(), pending.missing(), pending.importance(), true,
					pending.proposedBy()));
		}
		else {
			changes.apply(pending);
		}
	}

	@Transactional
	public void reject(long id, String reviewer, String note) {
		review.reject(pending(id, reviewer), reviewer, note);
	}

	public List<RuleChange> history(String code) {
		return changes.history(code);
	}

	public List<String> pendingCodes() {
		return changes.pendingCodes();
	}

	/** New rules waiting for review. */
	public List<RuleChange> pendingAdditions() {
		return changes.pendingAdditions();
	}

	private static String summary(Map<String, String> form) {
		String summary = form.get("summary") == null ? "" : form.get("summary").strip();
		if (summary.isEmpty() || summary.length() > 500) {
			throw new BusinessException(QualityErrors.RULE_CHANGE_SUMMARY);
		}
		return summary;
	}

	private RuleChange pending(long id, String reviewer) {
		RuleChange change = changes.findForUpdate(id)
			.orElseThrow(() -> new BusinessException(QualityErrors.RULE_CHANGE_NOT_PENDING, id));
		review.requireDecidable(change, reviewer);
		return change;
	}

	private static RuntimeException refusal(Refusal<RuleChange> refusal) {
		return switch (refusal) {
			case Refusal.NotPending<RuleChange>(RuleChange c) ->
				new BusinessException(QualityErrors.RULE_CHANGE_NOT_PENDING, c.id());
			case Refusal.OwnProposal<RuleChange> own -> new BusinessException(QualityErrors.RULE_CHANGE_OWN);
			case Refusal.PendingExists<RuleChange>(RuleChange c) ->
				new BusinessException(QualityErrors.RULE_CHANGE_PENDING, c.ruleCode());
			case Refusal.LaterVersion<RuleChange> later -> new IllegalStateException("rule changes are not dated");
		};
	}

}
