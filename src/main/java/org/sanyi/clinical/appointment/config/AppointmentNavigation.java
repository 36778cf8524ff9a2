package org.sanyi.clinical.appointment.config;

import org.sanyi.security.NavigationItem;
import org.sanyi.security.NavigationItem.Pillar;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** 预约挂号 and 我的预约 on the resident's portal; 候诊队列 for the outpatient desk. */
@Configuration(proxyBeanMethods = false)
class AppointmentNavigation {

	@Bean
	NavigationItem appointmentBookLink() {
		return NavigationItem.of(Pillar.PORTAL, 25, "apt.nav.book", "/portal/appointments/book",
				"appointment:portal:own");
	}

	@Bean
	NavigationItem appointmentMineLink() {
		return NavigationItem.of(Pillar.PORTAL, 26, "apt.nav.mine", "/portal/appointments", "appointment:portal:own");
	}

	@Bean
	NavigationItem appointmentQueueLink() {
		return NavigationItem.of(Pillar.MEDICAL, 50, "apt.nav.queue", "/appointment/queue", "appointment:queue:manage");
	}

}
