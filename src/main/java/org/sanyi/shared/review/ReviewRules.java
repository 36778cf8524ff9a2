package org.sanyi.shared.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The maker–checker rules as pure functions over versions already read. */
public final class ReviewRules {

	private ReviewRules() {
	}

	/** A new version of a key may be proposed while the key has no pending version. */
	public static <V extends ReviewedVersion> Optional<Refusal<V>> proposable(List<V> open) {
		return open.stream()
			.filter(v -> v.status() == ReviewStatus.PENDING)
			.findFirst()
			.map(Refusal.PendingExists::new);
	}

	/**
	 * A version may be decided by {@code reviewer} while it is pending and was proposed
	 * by somebody else.
	 */
	public static <V extends ReviewedVersion> Optional<Refusal<V>> decidable(V version, String reviewer) {
		if (!version.status().canBecome(ReviewStatus.APPROVED)) {
			return Optional.of(new Refusal.NotPending<>(version));
		}
		if (version.proposedBy().equals(reviewer)) {
			return Optional.of(new Refusal.OwnProposal<>(version));
		}
		return Optional.empty();
	}

	/**
	 * What approving {@code pending} takes out of force among the key's {@code open}
	 * versions: every approved version in force on or after its effective date (undated:
	 * every approved version), or a refusal when an approved version starts on or after
	 * that date (a later version would be cut short).
	 */
	public static <V extends ReviewedVersion> Approval<V> approval(V pending, List<V> open) {
		LocalDate from = pending.effectiveFrom();
		List<V> replaced = new ArrayList<>();
		for (V other : open) {
			if (other.id() == pending.id() || other.status() != ReviewStatus.APPROVED) {
				continue;
			}
			if (from == null) {
				replaced.add(other);
			}
			else if (!other.effectiveFrom().isBefore(from)) {
				return new Approval<>(List.of(), Optional.of(new Refusal.LaterVersion<>(pending, other)));
			}
			else if (other.inForceOnOrAfter(from)) {
				replaced.add(other);
			}
		}
		return new Approval<>(replaced, Optional.empty());
	}

	/** The versions an approval replaces, or why it is refused. */
	public record Approval<V extends ReviewedVersion>(List<V> replaced, Optional<Refusal<V>> refusal) {
	}

}
