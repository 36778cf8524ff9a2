package org.sanyi.identity.parameters;

import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.identity.IdentityErrors;
import org.sanyi.identity.matching.Agreement;
import org.sanyi.identity.matching.Field;
import org.sanyi.identity.matching.FieldProbabilities;
import org.sanyi.identity.matching.MatchParameters;
import org.sanyi.identity.matching.ParameterEstimator;
import org.sanyi.identity.matching.ParameterEstimator.Estimate;
import org.sanyi.identity.matching.ParameterEstimator.ReviewedPair;
import org.sanyi.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Versions of the matching parameters: the active one (the defaults when none),
 * re-estimation from the reviewers' decisions ({@link ParameterEstimator}, blended with
 * the defaults), and applying an estimate as a new active version, which the matcher of
 * every node picks up at its next registration.
 */
@Service
public class MatchParameterService {

	public static final int DEFAULT_MIN_COUNT = 50;

	public static final int MAX_MIN_COUNT = 100_000;

	private final MatchParameterRepository parameters;

	private final TransactionTemplate tx;

	MatchParameterService(MatchParameterRepository parameters, TransactionTemplate tx) {
		this.parameters = parameters;
		this.tx = tx;
	}

	/** A stored version (0 = the built-in defaults). */
	public record Version(int version, OffsetDateTime createdAt, String createdBy, boolean active, int matches,
			int nonMatches, int minCount) {
	}

	/** The active version number, 0 when the defaults are in use. */
	public int activeVersion() {
		return parameters.activeVersion().orElse(0);
	}

	/** The parameters of the active version, with its number. */
	public record Active(int version, MatchParameters parameters) {
	}

	public Active active() {
		int version = activeVersion();
		return new Active(version, version == 0 ? MatchParameters.defaults() : load(version));
	}

	public MatchParameters load(int version) {
		MatchParameterRepository.Head head = parameters.head(version);
		Map<Field, FieldProbabilities> fields = parameters.fields(version);
		MatchParameters d = MatchParameters.defaults();
		return new MatchParameters(fields, head.linkThreshold(), head.reviewThreshold(), d.nameJaroWinkler(),
				d.addressOverlap(), d.nameExactCap(), d.ambiguityMargin(), d.maxBlockSize());
	}

	public List<Version> versions() {
		return parameters.versions();
	}

	/**
	 * The pairs reviewers decided: linked = match, rejected = non-match. Pairs closed
	 * automatically when another candidate of the same record was linked
	 * ({@code decided_by = 'auto'}) are no one's judgement and left out.
	 */
	List<ReviewedPair> reviewedPairs() {
		return parameters.decisions()
			.stream()
			.map(d -> new ReviewedPair("LINKED".equals(d.status()), levels(d.comparison())))
			.toList();
	}

	/** Parses the review's stored comparison {@code FIELD:LEVEL:weight;...}. */
	static Map<Field, Agreement> levels(String comparison) {
		Map<Field, Agreement> levels = new EnumMap<>(Field.class);
		for (String part : comparison.split(";")) {
			String[] f = part.split(":");
			if (f.length >= 2) {
				levels.put(Field.valueOf(f[0]), Agreement.valueOf(f[1]));
			}
		}
		return levels;
	}

	/**
	 * An estimate against the active version, and what it was computed from (checked
	 * again when applied).
	 */
	public record Proposal(int activeVersion, Estimate estimate, int minCount) {
	}

	public Proposal propose(int minCount) {
		if (minCount < 1 || minCount > MAX_MIN_COUNT) {
			throw new BusinessException(IdentityErrors.INVALID_MIN_COUNT);
		}
		Active active = active();
		Estimate estimate = ParameterEstimator.estimate(active.parameters(), MatchParameters.defaults(),
				reviewedPairs(), minCount);
		return new Proposal(active.version(), estimate, minCount);
	}

	/**
	 * Makes a stored version (or 0, the built-in defaults) the active one again: the way
	 * back when a new version matched worse. Unknown versions are not found.
	 */
	public void activate(int version) {
		tx.executeWithoutResult(s -> {
			parameters.lock();
			if (version != 0 && !parameters.exists(version)) {
				throw BusinessException.notFound("match parameters", version);
			}
			parameters.activate(version);
		});
	}

	/**
	 * Estimates again and stores the result as the new active version, provided the
	 * active version and the numbers of reviewed pairs are still those the administrator
	 * saw (IDN-0019 otherwise). Returns the new version.
	 */
	public int apply(int minCount, int expectedActiveVersion, int expectedMatches, int expectedNonMatches,
			String actor) {
		Integer version = tx.execute(s -> {
			parameters.lock();
			Proposal proposal = propose(minCount);
			Estimate e = proposal.estimate();
			if (proposal.activeVersion() != expectedActiveVersion || e.matches() != expectedMatches
					|| e.nonMatches() != expectedNonMatches) {
				throw new BusinessException(IdentityErrors.PARAMETERS_CHANGED);
			}
			return parameters.insertActive(e.parameters(), e.matches(), e.nonMatches(), minCount, actor);
		});
		return Optional.ofNullable(version).orElseThrow();
	}

}
