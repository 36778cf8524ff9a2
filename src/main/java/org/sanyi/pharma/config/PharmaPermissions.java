package org.sanyi.pharma.config;

import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.HEALTH_REGULATOR;
import static org.sanyi.security.Role.INSURANCE_CLERK;
import static org.sanyi.security.Role.INSURANCE_OFFICER;
import static org.sanyi.security.Role.PLATFORM_ADMIN;
import static org.sanyi.security.Role.RESIDENT;

import org.sanyi.security.PermissionCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 集采 is run by the insurance bureau (医保局): its officers set up rounds and bids, compute
 * and review 结余留用; hospitals (their insurance office) report demand and see their own
 * progress; the health commission watches progress and savings. Residents have nothing
 * here.
 */
@Configuration(proxyBeanMethods = false)
class PharmaPermissions {

	@Bean
	PermissionCatalogue pharmaPermissionCatalogue() {
		return PermissionCatalogue.of("pharma")
			.permission("pharma:round:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR,
					INSURANCE_CLERK)
			.permission("pharma:round:edit", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("pharma:demand:edit", PLATFORM_ADMIN, INSURANCE_OFFICER, INSURANCE_CLERK)
			.permission("pharma:purchase:import", PLATFORM_ADMIN, INSURANCE_OFFICER, INSURANCE_CLERK)
			.permission("pharma:progress:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR,
					INSURANCE_CLERK)
			.permission("pharma:savings:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, INSURANCE_CLERK)
			.permission("pharma:retention:propose", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("pharma:retention:approve", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("pharma:pricing:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("pharma:pricing:edit", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("pharma:pricing:approve", PLATFORM_ADMIN, INSURANCE_OFFICER)
			// 双通道 and 处方流转: bureaus watch, hospitals see theirs, a pharmacy's insurance
			// clerk
			// works its list; a resident sees their own and chooses the pharmacy
			.permission("pharma:rx:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR, INSURANCE_CLERK)
			.permission("pharma:rx:own", RESIDENT)
			// 合理用药: the DDD table and where the indicators are; the health commission
			// keeps the region's DDD rows
			.permission("pharma:druguse:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("pharma:ddd:import", PLATFORM_ADMIN, HEALTH_REGULATOR)
			// 处方点评: a hospital's pharmacists (staff accounts) sample and review their own
			// prescriptions; the health commission orders samples and reads the results
			.permission("pharma:rxreview:view", PLATFORM_ADMIN, HEALTH_REGULATOR, DOCTOR)
			.permission("pharma:rxreview:sample", PLATFORM_ADMIN, HEALTH_REGULATOR, DOCTOR)
			.permission("pharma:rxreview:review", PLATFORM_ADMIN, DOCTOR)
			// 细菌耐药: hospitals import their laboratory's results and see theirs; the
			// health commission sees the region
			.permission("pharma:resistance:view", PLATFORM_ADMIN, HEALTH_REGULATOR, DOCTOR)
			.permission("pharma:resistance:import", PLATFORM_ADMIN, DOCTOR)
			.build();
	}

}
