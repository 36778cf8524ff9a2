package org.sanyi.pharma.config;

import static org.sanyi.security.Role.DOCTOR;
import static org.sanyi.security.Role.HEALTH_REGULATOR;
import static org.sanyi.security.Role.INSURANCE_CLERK;
import static org.sanyi.security.Role.INSURANCE_OFFICER;
import static org.sanyi.security.Role.PHARMACIST;
import static org.sanyi.security.Role.PLATFORM_ADMIN;
import static org.sanyi.security.Role.RESIDENT;
import static org.sanyi.security.Role.SUPPLIER;

import org.sanyi.security.PermissionCatalogue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 集采 is run by the insurance bureau (医保局): its officers set up rounds and bids, compute
 * and review 结余留用; hospitals (their insurance office) report demand and see their own
 * progress; the health commission watches progress and savings. Residents have nothing
 * here. A hospital's 审方药师 (pharmacist) reviews its e-prescriptions before they flow and
 * its sampled prescriptions in 处方点评; doctors read the results but do not review. In 阳光采购
 * the enterprise ({@code SUPPLIER}) confirms and ships what hospitals order, and the
 * bureau pays it from the fund.
 */
@Configuration(proxyBeanMethods = false)
class PharmaPermissions {

	@Bean
	PermissionCatalogue pharmaPermissionCatalogue() {
		return PermissionCatalogue.of("pharma")
			.permission("pharma:round:list", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR,
					INSURANCE_CLERK, PHARMACIST)
			.permission("pharma:round:edit", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("pharma:demand:edit", PLATFORM_ADMIN, INSURANCE_OFFICER, INSURANCE_CLERK)
			.permission("pharma:purchase:import", PLATFORM_ADMIN, INSURANCE_OFFICER, INSURANCE_CLERK)
			.permission("pharma:progress:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR,
					INSURANCE_CLERK, PHARMACIST)
			.permission("pharma:savings:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, INSURANCE_CLERK)
			.permission("pharma:retention:propose", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("pharma:retention:approve", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("pharma:pricing:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("pharma:pricing:edit", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("pharma:pricing:approve", PLATFORM_ADMIN, INSURANCE_OFFICER)
			// 双通道 and 处方流转: bureaus watch, hospitals see theirs, a pharmacy's insurance
			// clerk
			// works its list; a resident sees their own and chooses the pharmacy
			.permission("pharma:rx:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR, INSURANCE_CLERK,
					PHARMACIST)
			.permission("pharma:rx:own", RESIDENT)
			// 审方: the issuing hospital's pharmacist passes or returns an uploaded
			// prescription the pre-check warned about before any pharmacy may download it
			.permission("pharma:rx:verify", PHARMACIST)
			// 合理用药: the DDD table and where the indicators are; the health commission
			// keeps the region's DDD rows
			.permission("pharma:druguse:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER)
			.permission("pharma:ddd:import", PLATFORM_ADMIN, HEALTH_REGULATOR)
			// 审方规则: the rules every e-prescription is reviewed against, read by those who
			// prescribe, review and pay; the health commission (药政) keeps the region's
			// own: one officer imports, a second approves (maker–checker)
			.permission("pharma:rxrule:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, DOCTOR, PHARMACIST)
			.permission("pharma:rxrule:import", PLATFORM_ADMIN, HEALTH_REGULATOR)
			.permission("pharma:rxrule:approve", PLATFORM_ADMIN, HEALTH_REGULATOR)
			// 处方点评: a hospital's pharmacists sample and review their own prescriptions
			// (医院处方点评管理规范: by pharmacists, not the prescribers); doctors read the
			// results; the health commission orders samples and reads the results
			.permission("pharma:rxreview:view", PLATFORM_ADMIN, HEALTH_REGULATOR, DOCTOR, PHARMACIST)
			.permission("pharma:rxreview:sample", PLATFORM_ADMIN, HEALTH_REGULATOR, PHARMACIST)
			.permission("pharma:rxreview:review", PLATFORM_ADMIN, PHARMACIST)
			// 细菌耐药: hospitals import their laboratory's results and see theirs; the
			// health commission sees the region
			.permission("pharma:resistance:view", PLATFORM_ADMIN, HEALTH_REGULATOR, DOCTOR, PHARMACIST)
			.permission("pharma:resistance:import", PLATFORM_ADMIN, DOCTOR)
			// 阳光采购: a hospital's pharmacy or insurance office orders, receives or
			// returns; the enterprise confirms and ships; the bureau watches, registers
			// the
			// enterprises and pays them from the fund (直接结算); the health commission
			// watches
			.permission("pharma:order:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, INSURANCE_CLERK,
					PHARMACIST, SUPPLIER)
			.permission("pharma:order:place", PLATFORM_ADMIN, INSURANCE_CLERK, PHARMACIST)
			.permission("pharma:order:supply", SUPPLIER)
			.permission("pharma:payment:view", PLATFORM_ADMIN, HEALTH_REGULATOR, INSURANCE_OFFICER, INSURANCE_CLERK,
					SUPPLIER)
			.permission("pharma:payment:pay", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.permission("pharma:supplier:edit", PLATFORM_ADMIN, INSURANCE_OFFICER)
			.build();
	}

}
