package org.sanyi.security.internal;

import java.time.OffsetDateTime;

import org.sanyi.security.DataScope;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;

import org.springframework.stereotype.Service;

/**
 * Searches the audit log within the viewer's data scope: a county regulator sees the
 * entries of its county's users.
 */
@Service
public class AuditSearch {

	private final AuditRepository repository;

	AuditSearch(AuditRepository repository) {
		this.repository = repository;
	}

	public Page<Entry> search(Criteria c, PageQuery page) {
		if (c.scope().kind() == DataScope.Kind.SELF) {
			return page.page(java.util.List.of(), 0);
		}
		var query = query(c);
		return page.page(repository.search(query, page.size(), page.offset()), repository.count(query));
	}

	/**
	 * For an export: the newest {@code max} entries matching, with the total so a capped
	 * export can say so.
	 */
	public Page<Entry> export(Criteria c, int max) {
		if (c.scope().kind() == DataScope.Kind.SELF) {
			return new Page<>(java.util.List.of(), 0, 1, max);
		}
		var query = query(c);
		return new Page<>(repository.search(query, max, 0), repository.count(query), 1, max);
	}

	private static AuditRepository.AuditQuery query(Criteria c) {
		DataScope scope = c.scope();
		return new AuditRepository.AuditQuery(c.username(), c.action(), c.resource(), c.target(), c.from(), c.to(),
				scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "",
				scope.kind() == DataScope.Kind.INSTITUTION ? scope.institutionCode() : "");
	}

	/** Search filters; blank strings mean "any". */
	public record Criteria(String username, String action, String resource, String target, OffsetDateTime from,
			OffsetDateTime to, DataScope scope) {
	}

	/** One row of the log. */
	public record Entry(Long id, OffsetDateTime at, String username, String roleCode, String regionCode,
			String institutionCode, String action, String resource, String target, String detail, String ip,
			String outcome) {
	}

}
