package org.sanyi.security.internal;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer sy_...} authenticates a REST request without a session.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	ApiTokenFilter(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header != null && header.startsWith("Bearer ")) {
			var account = tokens.authenticate(header.substring(7).trim());
			if (account.isEmpty()) {
				response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
				response.setContentType("application/problem+json;charset=UTF-8");
				response.getWriter()
					.write("{\"type\":\"urn:sanyi:error:SEC-0004\",\"title\":\"Unauthorized\",\"status\":401,"
							+ "\"code\":\"SEC-0004\",\"detail\":\"令牌无效或已过期 / token invalid or expired\"}");
				return;
			}
			var auth = UsernamePasswordAuthenticationToken.authenticated(account.get(), null,
					account.get().getAuthorities());
			SecurityContextHolder.getContext().setAuthentication(auth);
		}
		chain.doFilter(request, response);
	}

}
