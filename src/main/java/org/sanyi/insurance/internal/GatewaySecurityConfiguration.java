package org.sanyi.insurance.internal;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

/**
 * The national interface ({@code /hsa/**}) has its own filter chain, ahead of the pages' session chain: stateless,
 * no CSRF token, no login, no anonymous user, no browser headers (the answers are JSON for a HIS); every request is
 * authenticated by its signature ({@link HsaSignatureFilter}) and then permitted to reach the gateway, which checks
 * the institution on every transaction. Few filters also means little per-request overhead.
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
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
			.addFilterBefore(new HsaSignatureFilter(credentials, messages), AuthorizationFilter.class);
		return http.build();
	}

}
