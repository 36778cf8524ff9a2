package org.sanyi.shared.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The maker–checker rules on an in-memory store: one pending version per key, a second
 * officer decides, approval takes the version in force out of force from the new one's
 * date (dated) or supersedes it (undated), a later approved version blocks an approval,
 * and nothing changes when a rule refuses.
 */
class MakerCheckerTest {

	private final Store store = new Store();

	private final MakerChecker<Version, String> review = new MakerChecker<>(store, Refused::new);

	@Test
	void aPendingVersionIsApprovedByASecondOfficerAndEndsTheVersionInForceTheDayBefore() {
		Version old = store.add("A", ReviewStatus.APPROVED, "maker", LocalDate.of(2025, 1, 1), null);
		Version next = store.add("A", ReviewStatus.PENDING, "maker", LocalDate.of(2026, 1, 1), null);

		review.approve(next, "checker", "ok");

		assertThat(store.get(next.id())).extracting(Version::status, Version::reviewer)
			.containsExactly(ReviewStatus.APPROVED, "checker");
		assertThat(store.get(old.id())).extracting(Version::status, Version::effectiveTo)
			.containsExactly(ReviewStatus.APPROVED, LocalDate.of(2025, 12, 31));
	}

	@Test
	void anUndatedVersionSupersedesTheApprovedOne() {
		Version old = store.add("B", ReviewStatus.APPROVED, "maker", null, null);
		Version next = store.add("B", ReviewStatus.PENDING, "maker", null, null);

		review.approve(next, "checker", "");

		assertThat(store.get(old.id()).status()).isEqualTo(ReviewStatus.SUPERSEDED);
		assertThat(store.get(next.id()).status()).isEqualTo(ReviewStatus.APPROVED);
	}

	@Test
	void theProposerCannotDecideAndADecidedVersionIsNotDecidedAgain() {
		Version pending = store.add("A", ReviewStatus.PENDING, "maker", LocalDate.of(2026, 1, 1), null);

		assertThatThrownBy(() -> review.approve(pending, "maker", "")).isInstanceOfSatisfying(Refused.class,
				ex -> assertThat(ex.refusal).isInstanceOf(Refusal.OwnProposal.class));
		assertThat(store.get(pending.id()).status()).isEqualTo(ReviewStatus.PENDING);

		review.reject(pending, "checker", "no");
		assertThatThrownBy(() -> review.approve(store.get(pending.id()), "other", ""))
			.isInstanceOfSatisfying(Refused.class, ex -> assertThat(ex.refusal).isInstanceOf(Refusal.NotPending.class));
		assertThat(store.get(pending.id()).status()).isEqualTo(ReviewStatus.REJECTED);
	}

	@Test
	void aKeyHasOnePendingVersionAtATime() {
		store.add("A", ReviewStatus.APPROVED, "maker", LocalDate.of(2025, 1, 1), null);
		assertThat(review.requireNoPending("A")).hasSize(1);
		Version pending = store.add("A", ReviewStatus.PENDING, "maker", LocalDate.of(2026, 1, 1), null);

		assertThatThrownBy(() -> review.requireNoPending("A")).isInstanceOfSatisfying(Refused.class,
				ex -> assertThat(ex.refusal).isEqualTo(new Refusal.PendingExists<>(pending)));
		assertThat(review.requireNoPending("other key")).isEmpty();
	}

	@Test
	void aLaterApprovedVersionBlocksTheApprovalAndNothingChanges() {
		Version later = store.add("A", ReviewStatus.APPROVED, "maker", LocalDate.of(2027, 1, 1), null);
		Version pending = store.add("A", ReviewStatus.PENDING, "maker", LocalDate.of(2026, 7, 1), null);

		assertThatThrownBy(() -> review.approve(pending, "checker", "")).isInstanceOfSatisfying(Refused.class,
				ex -> assertThat(ex.refusal).isEqualTo(new Refusal.LaterVersion<>(pending, later)));
		assertThat(store.get(later.id())).isEqualTo(later);
		assertThat(store.get(pending.id())).isEqualTo(pending);
	}

	@Test
	void onlyPendingVersionsAreDecidedAndOnlyApprovedOnesReplaced() {
		for (ReviewStatus from : ReviewStatus.values()) {
			assertThat(from.canBecome(ReviewStatus.APPROVED)).isEqualTo(from == ReviewStatus.PENDING);
			assertThat(from.canBecome(ReviewStatus.REJECTED)).isEqualTo(from == ReviewStatus.PENDING);
			assertThat(from.canBecome(ReviewStatus.SUPERSEDED)).isEqualTo(from == ReviewStatus.APPROVED);
			assertThat(from.canBecome(ReviewStatus.PENDING)).isFalse();
		}
	}

	record Version(long id, String key, ReviewStatus status, String proposedBy, LocalDate effectiveFrom,
			LocalDate effectiveTo, String reviewer) implements ReviewedVersion {
	}

	static final class Refused extends RuntimeException {

		final Refusal<Version> refusal;

		Refused(Refusal<Version> refusal) {
			super(refusal.toString());
			this.refusal = refusal;
		}

	}

	/**
	 * A table of versions in memory; a version is replaced whole on every change, like a
	 * row.
	 */
	static final class Store implements VersionStore<Version, String> {

		private final List<Version> rows = new ArrayList<>();

		Version add(String key, ReviewStatus status, String by, LocalDate from, LocalDate to) {
			Version v = new Version(rows.size() + 1, key, status, by, from, to, null);
			rows.add(v);
			return v;
		}

		Version get(long id) {
			return rows.get((int) id - 1);
		}

		@Override
		public String keyOf(Version version) {
			return version.key();
		}

		@Override
		public List<Version> lockOpen(String key) {
			return rows.stream()
				.filter(v -> v.key().equals(key))
				.filter(v -> v.status() == ReviewStatus.APPROVED || v.status() == ReviewStatus.PENDING)
				.sorted(Comparator.comparing(Version::effectiveFrom, Comparator.nullsFirst(Comparator.naturalOrder())))
				.toList();
		}

		@Override
		public void decide(Version v, ReviewStatus outcome, String reviewer, String note) {
			rows.set((int) v.id() - 1, new Version(v.id(), v.key(), outcome, v.proposedBy(), v.effectiveFrom(),
					v.effectiveTo(), reviewer));
		}

		@Override
		public void supersede(Version v, LocalDate from) {
			rows.set((int) v.id() - 1,
					from == null
							? new Version(v.id(), v.key(), ReviewStatus.SUPERSEDED, v.proposedBy(), null, null,
									v.reviewer())
							: new Version(v.id(), v.key(), v.status(), v.proposedBy(), v.effectiveFrom(),
									from.minusDays(1), v.reviewer()));
		}

	}

}
