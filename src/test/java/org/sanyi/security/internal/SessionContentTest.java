package org.sanyi.security.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.DataScope;

import org.springframework.core.serializer.support.DeserializingConverter;
import org.springframework.core.serializer.support.SerializingConverter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.csrf.DefaultCsrfToken;

/**
 * What a page session holds survives the Java serialisation Spring Session JDBC stores it
 * with.
 */
class SessionContentTest {

	static final CurrentUser DOCTOR = new CurrentUser(7, "doctor", "林医生", "DOCTOR",
			Set.of("identity:resident:read", "identity:patient:register"),
			DataScope.institution("H35992100001", "359921"));

	@Test
	void theSignedInUserIsStoredWithItsScopeAndPermissionsButWithoutThePasswordHash() {
		var details = new AccountDetails(DOCTOR, "{bcrypt}$2a$10$abcdefghijklmnopqrstuv", true);
		SecurityContext context = new SecurityContextImpl(
				UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));

		SecurityContext read = roundTrip(context);

		var principal = (AccountDetails) read.getAuthentication().getPrincipal();
		assertThat(principal.currentUser()).isEqualTo(DOCTOR);
		assertThat(principal.getPassword()).isNull();
		assertThat(read.getAuthentication().getAuthorities()).extracting(Object::toString)
			.containsExactlyInAnyOrder("ROLE_DOCTOR", "identity:resident:read", "identity:patient:register");
	}

	@Test
	void theCsrfTokenSurvives() {
		var token = new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "4f1c0a");

		assertThat(roundTrip(token).getToken()).isEqualTo("4f1c0a");
	}

	@SuppressWarnings("unchecked")
	static <T> T roundTrip(T value) {
		byte[] bytes = new SerializingConverter().convert(value);
		return (T) new DeserializingConverter().convert(bytes);
	}

}
