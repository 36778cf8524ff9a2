package org.sanyi.security.internal;

import java.time.OffsetDateTime;
import java.util.List;

import org.sanyi.shared.Like;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Inserts into and searches {@code sec_audit_log}; there is no update or delete, and the
 * table refuses them.
 */
@Repository
class AuditRepository {

	private final JdbcClient jdbc;

	AuditRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void insert(AuditSearch.Entry e) {
		jdbc.sql("""
				insert into sec_audit_log (username, role_code, region_code, institution_code, action, resource,
				                           target, detail, ip, outcome)
				values (:username, :role, :region, :institution, :action, :resource, :target, :detail, :ip, :outcome)
				""")
			.param("username", e.username())
			.param("role", e.roleCode())
			.param("region", e.regionCode())
			.param("institution", e.institutionCode())
			.param("action", e.action())
			.param("resource", cut(e.resource(), 200))
			.param("target", cut(e.target(), 200))
			.param("detail", cut(e.detail(), 1000))
			.param("ip", e.ip())
			.param("outcome", e.outcome())
			.update();
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
