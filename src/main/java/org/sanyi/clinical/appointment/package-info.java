/**
 * Appointments (预约挂号) and the live queue (候诊排队): schedules and time-segment slots across
 * the region's institutions, release rules, find / hold / book, no-show rules, check-in
 * and calls, and the satisfaction survey after a visit.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Appointments",
		allowedDependencies = { "shared", "shared :: web", "shared :: facts", "security", "identity", "registry",
				"terminology", "insurance", "clinical" })
package org.sanyi.clinical.appointment;
