package org.sanyi.shared.review;

import java.util.List;
import java.util.function.Function;

/**
 * Applies the {@link ReviewRules} to a module's versions through its
 * {@link VersionStore}, inside the caller's transaction. The module finds and locks the
 * version (applying its data scope) and adds checks of its own (dates, closed years);
 * this class does what every reviewed parameter shares.
 *
 * @param <V> the module's stored version
 * @param <K> the key of versions that replace one another
 */
public final class MakerChecker<V extends ReviewedVersion, K> {

	private final VersionStore<V, K> store;

	private final Function<Refusal<V>, RuntimeException> refusals;

	/**
	 * @param store the module's versions
	 * @param refusals turns a refusal into the module's business exception (its code and
	 * message)
	 */
	public MakerChecker(VersionStore<V, K> store, Function<Refusal<V>, RuntimeException> refusals) {
		this.store = store;
		this.refusals = refusals;
	}

	/**
	 * Locks the key's open versions and refuses a new proposal while one of them is
	 * pending; returns them.
	 */
	public List<V> requireNoPending(K key) {
		List<V> open = store.lockOpen(key);
		ReviewRules.proposable(open).ifPresent(this::refuse);
		return open;
	}

	/**
	 * Refuses a decision on {@code version} by {@code reviewer} that the rules do not
	 * allow.
	 */
	public void requireDecidable(V version, String reviewer) {
		ReviewRules.decidable(version, reviewer).ifPresent(this::refuse);
	}

	/**
	 * A second officer approves a pending version: the key's versions it replaces are
	 * taken out of force from its effective date, then it is approved.
	 */
	public void approve(V pending, String reviewer, String note) {
		requireDecidable(pending, reviewer);
		ReviewRules.Approval<V> approval = ReviewRules.approval(pending, store.lockOpen(store.keyOf(pending)));
		approval.refusal().ifPresent(this::refuse);
		for (V replaced : approval.replaced()) {
			store.supersede(replaced, pending.effectiveFrom());
		}
		store.decide(pending, ReviewStatus.APPROVED, reviewer, note);
	}

	/** A second officer rejects a pending version. */
	public void reject(V pending, String reviewer, String note) {
		requireDecidable(pending, reviewer);
		store.decide(pending, ReviewStatus.REJECTED, reviewer, note);
	}

	private void refuse(Refusal<V> refusal) {
		throw refusals.apply(refusal);
	}

}
