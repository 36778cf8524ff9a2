package org.sanyi.security.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.security.autoconfigure.web.servlet.PathRequest;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Pages use a session with form login and CSRF tokens; REST and FHIR clients
 * ({@code /api/**}, {@code /fhir} and {@code /fhir/**}) send a bearer token and get 401
 * instead of a login redirect; the FHIR CapabilityStatement ({@code /fhir/metadata}) is
 * public, as FHIR clients expect. Scripts come only from this server (no inline script),
 * so the CSP forbids the rest. Prometheus metrics and the API documents are public only
 * where configured (the demo profile); password sign-ins pass the brute-force throttle
 * first ({@link LoginThrottleFilter}).
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

	static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
			+ "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; "
			+ "form-action 'self'; base-uri 'self'; object-src 'none'";

	/**
	 * No Spring Security observation at all, as
	 * {@code management.observations.enable.spring.security=false} means: that property
	 * makes the observations no-ops, but every filter of the chain (and every
	 * authorization) stays wrapped in one, which cost about a tenth of the CPU of a
	 * booking request (bench/appointments.sh). The http.server.requests metrics of every
	 * request stay.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, ApiTokens tokens, MessageSource messages,
			AuditLogService audit, LoginThrottle throttle,
			@Value("${sanyi.web.public-metrics:false}") boolean publicMetrics,
			@Value("${sanyi.web.public-api-docs:false}") boolean publicApiDocs) throws Exception {
		RequestMatcher bearer = request -> {
			String header = request.getHeader("Authorization");
			return header != null && header.startsWith("Bearer ");
		};
		RequestMatcher api = request -> request.getRequestURI().startsWith("/api/")
				|| request.getRequestURI().startsWith("/fhir/") || request.getRequestURI().equals("/fhir")
				|| request.getRequestURI().startsWith("/actuator/")
				|| request.getRequestURI().startsWith("/v3/api-docs");
		http.authorizeHttpRequests(auth -> auth.requestMatchers(PathRequest.toStaticResources().atCommonLocations())
			.permitAll()
			.requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/error")
			.permitAll()
			.requestMatchers("/login", "/login/code", "/login/code/send", "/fhir/metadata", "/actuator/health/**",
					"/actuator/health")
			.permitAll()
			// a big screen's signed read-only link for a wall display (monitoring checks
			// the token)
			.requestMatchers(HttpMethod.GET, "/monitoring/wall/**")
			.permitAll()
			// public in the demo; otherwise metrics for a scraper's token with the
			// permission, documents for users
			.requestMatchers("/actuator/prometheus")
			.access(publicMetrics ? (a, c) -> new AuthorizationDecision(true)
					: AuthorityAuthorizationManager.hasAuthority("security:ops:metrics"))
			.requestMatchers("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
			.access(publicApiDocs ? (a, c) -> new AuthorizationDecision(true)
					: AuthenticatedAuthorizationManager.authenticated())
			.anyRequest()
			.authenticated())
			.formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
			.csrf(csrf -> csrf.ignoringRequestMatchers(bearer))
			.exceptionHandling(
					ex -> ex.defaultAuthenticationEntryPointFor(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED), api))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(
						ref -> ref.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.addFilterBefore(new ApiTokenFilter(tokens, messages), UsernamePasswordAuthenticationFilter.class)
			.addFilterBefore(new LoginThrottleFilter(throttle, audit), UsernamePasswordAuthenticationFilter.class)
			.addFilterAfter(new AuditWriteFilter(audit), BasicAuthenticationFilter.class);
		return http.build();
	}

}
