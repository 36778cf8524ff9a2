package org.sanyi.security.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;

import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
class AuditLogService implements AuditLog {

	static final String DESCRIPTION = AuditLogService.class.getName() + ".description";

	private final AuditGroupCommit audit;

	AuditLogService(AuditGroupCommit audit) {
		this.audit = audit;
	}

	@Override
	public void read(String resource, String target, String detail) {
		record(AuditAction.READ, resource, target, detail);
	}

	@Override
	public void record(AuditAction action, String resource, String target, String detail) {
		write(CurrentUsers.find().orElse(null), action.name(), resource, target, detail, clientIp(), "SUCCESS");
	}

	@Override
	public void describe(String resource, String target, String detail) {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		if (attributes == null) {
			record(AuditAction.WRITE, resource, target, detail);
			return;
		}
		attributes.setAttribute(DESCRIPTION, new Description(resource, target, detail),
				RequestAttributes.SCOPE_REQUEST);
	}

	void write(CurrentUser user, String action, String resource, String target, String detail, String ip,
			String outcome) {
		audit.insert(new AuditSearch.Entry(null, null, user == null ? null : user.username(),
				user == null ? null : user.roleCode(), user == null ? null : user.scope().regionCode(),
				user == null ? null : user.scope().institutionCode(), action, resource, target, detail, ip, outcome));
	}

	void writeAnonymous(String username, String action, String resource, String detail, String ip, String outcome) {
		audit.insert(new AuditSearch.Entry(null, null, username, null, null, null, action, resource, null, detail, ip,
				outcome));
	}

	static String clientIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return clientIp(attributes.getRequest());
		}
		return null;
	}

	static String clientIp(HttpServletRequest request) {
		return request.getRemoteAddr();
	}

	record Description(String resource, String target, String detail) {
	}

}
