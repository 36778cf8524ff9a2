/**
 * 医药: the pharmaceutical pillar. Today it runs centralized volume-based procurement (集采):
 * rounds with their products, winning bids and price cuts, demand reported by
 * institutions and the agreed volumes, purchase lines and the monthly 完成进度 with alerts
 * and the substitution watch, savings, and 结余留用 under two-officer review; it reports
 * purchase volumes and savings as facts for monitoring. It also runs 双通道 and
 * e-prescriptions, rational-use review, 处方点评 sampling and review, 细菌耐药 monitoring from
 * laboratory results, the 腾笼换鸟 price simulation, and publishes the drug-use indicator
 * components (antimicrobial shares, AUD over a regional DDD table). Drug attributes
 * (generic, ATC, minimum unit, flags) belong to terminology's catalogue and are read from
 * there; the rules that decide numbers are the pure {@code engine}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Pharma",
		allowedDependencies = { "shared", "shared :: io", "shared :: web", "shared :: review", "shared :: facts",
				"shared :: events", "security", "registry", "terminology", "insurance", "identity" })
package org.sanyi.pharma;
