package org.sanyi.security.internal;

import java.time.OffsetDateTime;

import org.sanyi.security.DataScope;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;

import org.springframework.stereotype.Service;

/** Searches the audit log within the viewer's data scope: a county regulator sees the entries of its county's users. */
@Service
public class AuditSearch {

	private final AuditRepository repository;

	AuditSearch(AuditRepository repository) {
		this.repository = repository;
	}

	public Page<Entry> search(Criteria c, PageQuery page) {
		DataScope scope = c.scope();
		var query = new AuditRepository.AuditQuery(c.username(), c.action(), c.resource(), c.target(), c.from(), c.to(),
				scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "",
				scope.kind() == DataScope.Kind.INSTITUTION ? scope.institutionCode() : "");
		if (scope.kind() == DataScope.Kind.SELF) {
			return page.page(java.util.List.of(), 0);
		}
		return page.page(repository.search(query, page.size(), page.offset()), repository.count(query));
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
