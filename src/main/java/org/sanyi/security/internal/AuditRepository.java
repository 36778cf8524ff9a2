package org.sanyi.security.internal;

import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;

import org.sanyi.shared.Like;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Inserts into and searches {@code sec_audit_log}; there is no update or delete, and the
 * table refuses them.
 */
@Repository
class AuditRepository {

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batch;

	AuditRepository(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	private static final String INSERT = """
			insert into sec_audit_log (username, role_code, region_code, institution_code, action, resource,
			                           target, detail, ip, outcome)
			values (:username, :role, :region, :institution, :action, :resource, :target, :detail, :ip, :outcome)
			""";

	void insert(AuditSearch.Entry e) {
		jdbc.sql(INSERT).paramSource(params(e)).update();
	}

	/**
	 * Inserts rows in their order in one statement (the driver rewrites the batch into a
	 * multi-row insert); the chain trigger links them in that order.
	 */
	void insertAll(List<AuditSearch.Entry> entries) {
		batch.batchUpdate(INSERT, entries.stream().map(AuditRepository::params).toArray(SqlParameterSource[]::new));
	}

	private static MapSqlParameterSource params(AuditSearch.Entry e) {
		return new MapSqlParameterSource().addValue("username", e.username(), Types.VARCHAR)
			.addValue("role", e.roleCode(), Types.VARCHAR)
			.addValue("region", e.regionCode(), Types.VARCHAR)
			.addValue("institution", e.institutionCode(), Types.VARCHAR)
			.addValue("action", e.action(), Types.VARCHAR)
			.addValue("resource", cut(e.resource(), 200), Types.VARCHAR)
			.addValue("target", cut(e.target(), 200), Types.VARCHAR)
			.addValue("detail", cut(e.detail(), 1000), Types.VARCHAR)
			.addValue("ip", e.ip(), Types.VARCHAR)
			.addValue("outcome", e.outcome(), Types.VARCHAR);
	}

	List<AuditSearch.Entry> search(AuditQuery q, int limit, int offset) {
		return jdbc
			.sql("select * from sec_audit_log a where " + AuditQuery.WHERE + " order by a.id desc limit " + limit
					+ " offset " + offset)
			.paramSource(q)
			.query(AuditSearch.Entry.class)
			.list();
	}

	long count(AuditQuery q) {
		return jdbc.sql("select count(*) from sec_audit_log a where " + AuditQuery.WHERE)
			.paramSource(q)
			.query(Long.class)
			.single();
	}

	private static String cut(String s, int max) {
		return s == null || s.length() <= max ? s : s.substring(0, max);
	}

	/**
	 * Search filters; blanks mean "any". {@code scopePrefix} limits to actors in a
	 * region.
	 */
	record AuditQuery(String username, String action, String resource, String target, OffsetDateTime from,
			OffsetDateTime to, String scopePrefix, String scopeInstitution) {

		AuditQuery {
			resource = Like.escape(resource);
		}

		static final String WHERE = """
				(:username = '' or a.username = :username)
				and (:action = '' or a.action = :action)
				and (:resource = '' or a.resource like :resource || '%')
				and (:target = '' or a.target = :target)
				and (cast(:from as timestamptz) is null or a.at >= :from)
				and (cast(:to as timestamptz) is null or a.at < :to)
				and (:scopePrefix = '' or coalesce(a.region_code, '') like :scopePrefix || '%')
				and (:scopeInstitution = '' or a.institution_code = :scopeInstitution)
				""";

	}

}
