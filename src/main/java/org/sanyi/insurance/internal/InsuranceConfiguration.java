package org.sanyi.insurance.internal;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The clock the gateway dates settlements with: the platform's zone, Asia/Shanghai, whatever the machine's. */
@Configuration(proxyBeanMethods = false)
class InsuranceConfiguration {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock insuranceClock() {
		return Clock.system(ZONE);
	}

}
