package org.sanyi.identity.internal;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Versions of the matching parameters: the active one (the defaults when none), re-estimation from the reviewers'
 * decisions ({@link ParameterEstimator}, blended with the defaults), and applying an estimate as a new active
 * version, which the matcher of every node picks up at its next registration.
 */
@Service
public class MatchParameterService {

	public static final int DEFAULT_MIN_COUNT = 50;

	public static final int MAX_MIN_COUNT = 100_000;

	private final JdbcClient jdbc;

	private final TransactionTemplate tx;

	MatchParameterService(JdbcClient jdbc, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.tx = tx;
	}

	/** A stored version (0 = the built-in defaults). */
	public record Version(int version, OffsetDateTime createdAt, String createdBy, boolean active, int matches,
			int nonMatches, int minCount) {
	}

	/** The active version number, 0 when the defaults are in use. */
	public int activeVersion() {
		return jdbc.sql("select version from idn_match_parameters where active").query(Integer.class).optional()
			.orElse(0);
	}

	/** The parameters of the active version, with its number. */
	public record Active(int version, MatchParameters parameters) {
	}

	public Active active() {
		int version = activeVersion();
		return new Active(version, version == 0 ? MatchParameters.defaults() : load(version));
	}

	MatchParameters load(int version) {
		record Head(double linkThreshold, double reviewThreshold) {
		}
		Head head = jdbc.sql("select link_threshold, review_threshold from idn_match_parameters where version = :v")
			.param("v", version).query(Head.class).single();
		Map<Field, FieldProbabilities> fields = new EnumMap<>(Field.class);
		jdbc.sql("""
				select field, m_exact, m_similar, m_disagree, u_exact, u_similar, u_disagree
				from idn_match_parameter_field where version = :v""").param("v", version).query((rs, n) -> {
			fields.put(Field.valueOf(rs.getString(1)), new FieldProbabilities(rs.getDouble(2), rs.getDouble(3),
					rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)));
			return null;
		}).list();
		MatchParameters d = MatchParameters.defaults();
		return new MatchParameters(fields, head.linkThreshold(), head.reviewThreshold(), d.nameJaroWinkler(),
				d.addressOverlap(), d.nameExactCap(), d.ambiguityMargin(), d.maxBlockSize());
	}

	public List<Version> versions() {
		return jdbc.sql("""
				select version, created_at, created_by, active, matches, non_matches, min_count
				from idn_match_parameters order by version desc""").query(Version.class).list();
	}

	/**
	 * The pairs reviewers decided: linked = match, rejected = non-match. Pairs closed automatically when another
	 * candidate of the same record was linked ({@code decided_by = 'auto'}) are no one's judgement and left out.
	 */
	List<ReviewedPair> reviewedPairs() {
		return jdbc.sql("""
				select status, comparison from idn_review
				where status in ('LINKED', 'REJECTED') and coalesce(decided_by, '') <> 'auto' order by id""")
			.query((rs, n) -> new ReviewedPair("LINKED".equals(rs.getString(1)), levels(rs.getString(2))))
			.list();
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

	/** An estimate against the active version, and what it was computed from (checked again when applied). */
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
	 * Makes a stored version (or 0, the built-in defaults) the active one again: the way back when a new version
	 * matched worse. Unknown versions are not found.
	 */
	public void activate(int version) {
		tx.executeWithoutResult(s -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtext('idn_match_parameters'))").query(Object.class).list();
			if (version != 0 && jdbc.sql("select count(*) from idn_match_parameters where version = :v")
				.param("v", version).query(Long.class).single() == 0) {
				throw BusinessException.notFound("match parameters", version);
			}
			jdbc.sql("update idn_match_parameters set active = false where active").update();
			jdbc.sql("update idn_match_parameters set active = true where version = :v").param("v", version).update();
		});
	}

	/**
	 * Estimates again and stores the result as the new active version, provided the active version and the numbers of
	 * reviewed pairs are still those the administrator saw (IDN-0019 otherwise). Returns the new version.
	 */
	public int apply(int minCount, int expectedActiveVersion, int expectedMatches, int expectedNonMatches,
			String actor) {
		Integer version = tx.execute(s -> {
			jdbc.sql("select pg_advisory_xact_lock(hashtext('idn_match_parameters'))").query(Object.class).list();
			Proposal proposal = propose(minCount);
			Estimate e = proposal.estimate();
			if (proposal.activeVersion() != expectedActiveVersion || e.matches() != expectedMatches
					|| e.nonMatches() != expectedNonMatches) {
				throw new BusinessException(IdentityErrors.PARAMETERS_CHANGED);
			}
			jdbc.sql("update idn_match_parameters set active = false where active").update();
			int v = jdbc.sql("""
					insert into idn_match_parameters (created_by, active, matches, non_matches, min_count, link_threshold,
					    review_threshold) values (:by, true, :m, :n, :min, :link, :review) returning version""")
				.param("by", actor).param("m", e.matches()).param("n", e.nonMatches()).param("min", minCount)
				.param("link", e.parameters().linkThreshold()).param("review", e.parameters().reviewThreshold())
				.query(Integer.class).single();
			for (Field field : Field.values()) {
				FieldProbabilities p = e.parameters().of(field);
				jdbc.sql("""
						insert into idn_match_parameter_field (version, field, m_exact, m_similar, m_disagree, u_exact,
						    u_similar, u_disagree) values (:v, :f, :me, :ms, :md, :ue, :us, :ud)""")
					.param("v", v).param("f", field.name()).param("me", p.mExact()).param("ms", p.mSimilar())
					.param("md", p.mDisagree()).param("ue", p.uExact()).param("us", p.uSimilar())
					.param("ud", p.uDisagree()).update();
			}
			return v;
		});
		return Optional.ofNullable(version).orElseThrow();
	}

}
