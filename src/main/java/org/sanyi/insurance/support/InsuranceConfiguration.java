package org.sanyi.insurance.support;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The clock the gateway dates settlements with: the platform's zone, Asia/Shanghai,
 * whatever the machine's.
 */
@Configuration(proxyBeanMethods = false)
public class InsuranceConfiguration {

	public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	/**
	 * A time read from PostgreSQL (the driver gives UTC) in the platform's zone, for
	 * pages and answers.
	 */
	public static OffsetDateTime local(OffsetDateTime time) {
		return time == null ? null : time.atZoneSameInstant(ZONE).toOffsetDateTime();
	}

	@Bean
	Clock insuranceClock() {
		return Clock.system(ZONE);
	}

}
