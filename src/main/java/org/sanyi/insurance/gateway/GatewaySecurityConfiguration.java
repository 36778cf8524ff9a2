package org.sanyi.insurance.gateway;

import io.micrometer.observation.ObservationPredicate;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The national interface ({@code /hsa/**}) has its own filter chain, ahead of the pages'
 * session chain: stateless, no CSRF token, no login, no anonymous user, no browser
 * headers (the answers are JSON for a HIS); every request is authenticated by its
 * signature ({@link HsaSignatureFilter}) and then permitted to reach the gateway, which
 * checks the institution on every transaction. Few filters also means little per-request
 * overhead: no security context (nothing on this chain authenticates a user), no servlet
 * API wrapper, no session management, and no Spring Security observations (one per filter
 * per request) for {@code /hsa/**}; the request itself is still observed
 * ({@code http.server.requests}).
 */
@Configuration(proxyBeanMethods = false)
class GatewaySecurityConfiguration {

	@Bean
	@Order(1)
	SecurityFilterChain hsaFilterChain(HttpSecurity http, GatewayCredentials credentials, MessageSource messages)
			throws Exception {
		http.securityMatcher("/hsa/**")
			.csrf(AbstractHttpConfigurer::disable)
			.formLogin(AbstractHttpConfigurer::disable)
			.httpBasic(AbstractHttpConfigurer::disable)
			.logout(AbstractHttpConfigurer::disable)
			.requestCache(AbstractHttpConfigurer::disable)
			.anonymous(AbstractHttpConfigurer::disable)
			.headers(AbstractHttpConfigurer::disable)
			.exceptionHandling(AbstractHttpConfigurer::disable)
			.sessionManagement(AbstractHttpConfigurer::disable)
			.securityContext(AbstractHttpConfigurer::disable)
			.servletApi(AbstractHttpConfigurer::disable)
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.addFilterBefore(new HsaSignatureFilter(credentials, messages), AuthorizationFilter.class);
		return http.build();
	}

	/**
	 * Spring Security observes every filter of a chain and the authorization of every
	 * request; on the gateway, where the signature filter is the authentication and the
	 * answer is logged per message, those observations cost more than the filters
	 * themselves. Other paths keep them.
	 */
	@Bean
	ObservationPredicate noSecurityObservationsOnTheGateway() {
		return (name, context) -> !name.startsWith("spring.security.") || !onTheGateway();
	}

	private static boolean onTheGateway() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				&& attributes.getRequest().getRequestURI().startsWith("/hsa/");
	}

}
