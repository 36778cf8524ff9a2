package org.sanyi.shared.review;

import java.time.LocalDate;
import java.util.List;

/**
 * The port through which {@link MakerChecker} reads and changes a module's versions; the
 * module implements it over its own table, in the caller's transaction.
 *
 * @param <V> the module's stored version
 * @param <K> what identifies the versions that replace one another (e.g. region and
 * scheme)
 */
public interface VersionStore<V extends ReviewedVersion, K> {

	/** The key of a version. */
	K keyOf(V version);

	/**
	 * The approved and pending versions of a key, locked until the transaction ends (so
	 * two reviews or proposals of one key run one after the other), oldest first.
	 */
	List<V> lockOpen(K key);

	/** Records the decision on a pending version: who, when (now), the note. */
	void decide(V version, ReviewStatus outcome, String reviewer, String note);

	/**
	 * Takes an approved version out of force from {@code from}: a dated version ends the
	 * day before, an undated one ({@code from} is {@code null}) becomes
	 * {@link ReviewStatus#SUPERSEDED}.
	 */
	void supersede(V version, LocalDate from);

}
