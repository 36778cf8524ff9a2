package org.sanyi;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A Spring Boot test on a fresh embedded PostgreSQL (a clean data directory under
 * {@code target/}) with a small demo region. All tests with this annotation share one
 * application context, so the database starts once per run. They run as a real
 * installation would, not in the demo profile: keys of their own
 * ({@code application-test.properties}), sign-in codes recorded by
 * {@link RecordedLoginCodes} instead of an SMS gateway.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(RecordedLoginCodes.class)
public @interface IntegrationTest {

}
