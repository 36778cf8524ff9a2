package org.sanyi.security.web;

import java.time.OffsetDateTime;

import org.sanyi.security.internal.AuditSearch;

/**
 * One audit entry as the page and the export show it: the stored values with their
 * readable texts.
 */
public record AuditLogRow(OffsetDateTime at, String username, String role, String action, String actionCode,
		String resource, String target, String detail, String ip, String outcome, boolean succeeded) {

	static AuditLogRow of(AuditSearch.Entry e, AuditTexts t) {
		return new AuditLogRow(e.at(), e.username(), t.role(e.roleCode()), t.action(e.action()), e.action(),
				t.resource(e.resource()), e.target(), t.detail(e.detail()), e.ip(), t.outcome(e.outcome()),
				"SUCCESS".equals(e.outcome()));
	}

}
