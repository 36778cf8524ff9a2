package org.sanyi.identity.parameters;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.identity.matching.Field;
import org.sanyi.identity.matching.FieldProbabilities;
import org.sanyi.identity.matching.MatchParameters;
import org.sanyi.identity.parameters.MatchParameterService.Version;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Versions of the matching parameters ({@code idn_match_parameters},
 * {@code idn_match_parameter_field}).
 */
@Repository
class MatchParameterRepository {

	private final JdbcClient jdbc;

	MatchParameterRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The thresholds of a version. */
	record Head(double linkThreshold, double reviewThreshold) {
	}

	/**
	 * A reviewer's decision on a pair: the status and the stored comparison
	 * {@code FIELD:LEVEL:weight;...}.
	 */
	record Decision(String status, String comparison) {
	}

	Optional<Integer> activeVersion() {
		return jdbc.sql("select version from idn_match_parameters where active").query(Integer.class).optional();
	}

	Head head(int version) {
		return jdbc.sql("select link_threshold, review_threshold from idn_match_parameters where version = :v")
			.param("v", version)
			.query(Head.class)
			.single();
	}

	Map<Field, FieldProbabilities> fields(int version) {
		Map<Field, FieldProbabilities> fields = new EnumMap<>(Field.class);
		jdbc.sql("""
				select field, m_exact, m_similar, m_disagree, u_exact, u_similar, u_disagree
				from idn_match_parameter_field where version = :v""").param("v", version).query((rs, n) -> {
			fields.put(Field.valueOf(rs.getString(1)), new FieldProbabilities(rs.getDouble(2), rs.getDouble(3),
					rs.getDouble(4), rs.getDouble(5), rs.getDouble(6), rs.getDouble(7)));
			return null;
		}).list();
		return fields;
	}

	List<Version> versions() {
		return jdbc.sql("""
				select version, created_at, created_by, active, matches, non_matches, min_count
				from idn_match_parameters order by version desc""").query(Version.class).list();
	}

	/**
	 * The pairs reviewers decided themselves (not closed automatically by a link of
	 * another candidate).
	 */
	List<Decision> decisions() {
		return jdbc.sql("""
				select status, comparison from idn_review
				where status in ('LINKED', 'REJECTED') and coalesce(decided_by, '') <> 'auto' order by id""")
			.query(Decision.class)
			.list();
	}

	/** Serialises changes of the active version until the transaction ends. */
	void lock() {
		jdbc.sql("select pg_advisory_xact_lock(hashtext('idn_match_parameters'))").query(Object.class).list();
	}

	boolean exists(int version) {
		return jdbc.sql("select count(*) from idn_match_parameters where version = :v")
			.param("v", version)
			.query(Long.class)
			.single() > 0;
	}

	/** Makes {@code version} the active one (0: none, the defaults). */
	void activate(int version) {
		jdbc.sql("update idn_match_parameters set active = false where active").update();
		jdbc.sql("update idn_match_parameters set active = true where version = :v").param("v", version).update();
	}

	/** Stores a new version as the active one; returns its number. */
	int insertActive(MatchParameters parameters, int matches, int nonMatches, int minCount, String actor) {
		jdbc.sql("update idn_match_parameters set active = false where active").update();
		int v = jdbc.sql("""
				insert into idn_match_parameters (created_by, active, matches, non_matches, min_count, link_threshold,
				    review_threshold) values (:by, true, :m, :n, :min, :link, :review) returning version""")
			.param("by", actor)
			.param("m", matches)
			.param("n", nonMatches)
			.param("min", minCount)
			.param("link", parameters.linkThreshold())
			.param("review", parameters.reviewThreshold())
			.query(Integer.class)
			.single();
		for (Field field : Field.values()) {
			FieldProbabilities p = parameters.of(field);
			jdbc.sql("""
					insert into idn_match_parameter_field (version, field, m_exact, m_similar, m_disagree, u_exact,
					    u_similar, u_disagree) values (:v, :f, :me, :ms, :md, :ue, :us, :ud)""")
				.param("v", v)
				.param("f", field.name())
				.param("me", p.mExact())
				.param("ms", p.mSimilar())
				.param("md", p.mDisagree())
				.param("ue", p.uExact())
				.param("us", p.uSimilar())
				.param("ud", p.uDisagree())
				.update();
		}
		return v;
	}

}
