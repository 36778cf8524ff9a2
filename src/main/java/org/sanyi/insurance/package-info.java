/**
 * Medical insurance (医保) for the 三保合一 schemes: employee (310) and urban-rural resident
 * (390) basic medical insurance with their critical-illness, subsidy and
 * medical-assistance layers. It holds the versioned policy parameters, the pure
 * settlement engine, the gateway that speaks the national interface to hospital systems,
 * the append-only settlement ledger and the reconciliation with designated institutions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insurance",
		allowedDependencies = { "shared", "shared :: facts", "shared :: io", "shared :: web", "shared :: review",
				"security", "registry", "terminology", "identity" })
package org.sanyi.insurance;
