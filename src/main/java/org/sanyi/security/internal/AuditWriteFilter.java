package org.sanyi.security.internal;

import java.io.IOException;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sanyi.security.CurrentUsers;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Records every write request (POST, PUT, PATCH, DELETE) with who, from where, what path
 * and whether it succeeded, so no write escapes the audit log even where a controller
 * forgets to describe it: an error status, or a page that answered with its refusal
 * ({@link RefusedWrites}), is a failure. Logins are recorded by the authentication events
 * instead.
 */
class AuditWriteFilter extends OncePerRequestFilter {

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final AuditLogService audit;

	AuditWriteFilter(AuditLogService audit) {
		this.audit = audit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI();
		return !WRITES.contains(request.getMethod()) || path.equals("/login") || path.startsWith("/actuator");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = response.getStatus() >= 400 || request.getAttribute(RefusedWrites.REFUSED) != null;
		}
		finally {
			var described = (AuditLogService.Description) request.getAttribute(AuditLogService.DESCRIPTION);
			String resource = described == null ? request.getMethod() + " " + request.getRequestURI()
					: described.resource();
			String detail = described == null ? null : described.detail();
			String action = switch (request.getMethod()) {
				case "DELETE" -> "DELETE";
				case "PUT", "PATCH" -> "UPDATE";
				default -> "WRITE";
			};
			audit.write(CurrentUsers.find().orElse(null), action, resource,
					described == null ? null : described.target(), detail, AuditLogService.clientIp(request),
					!failed ? "SUCCESS"
							: response.getStatus() >= 400 ? "FAILED:" + response.getStatus() : "FAILED:REFUSED");
		}
	}

}
