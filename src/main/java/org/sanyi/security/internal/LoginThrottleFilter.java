package org.sanyi.security.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a password sign-in ({@code POST /login}) while the account or the client
 * address is delayed or locked ({@link LoginThrottle}), before the password is looked at,
 * and sends the browser back to the login page with the wait. The answer is the same for
 * an unknown username.
 */
class LoginThrottleFilter extends OncePerRequestFilter {

	private final LoginThrottle throttle;

	private final AuditLogService audit;

	LoginThrottleFilter(LoginThrottle throttle, AuditLogService audit) {
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !"POST".equals(request.getMethod()) || !"/login".equals(request.getServletPath());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String typed = request.getParameter("username");
		String account = throttle.accountKey(typed);
		Optional<Duration> wait = throttle.blocked(account, request.getRemoteAddr());
		if (wait.isPresent()) {
			audit.writeAnonymous(account, "LOGIN_FAILED", "security:session",
					"throttled for " + wait.get().toSeconds() + " s", request.getRemoteAddr(), "FAILED");
			response.sendRedirect(request.getContextPath() + "/login?locked=" + wait.get().toSeconds());
			return;
		}
		chain.doFilter(request, response);
	}

}
