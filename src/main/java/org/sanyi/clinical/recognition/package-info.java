/**
 * Mutual recognition of examination and test results (检查检验结果互认): the catalogue of
 * recognisable items with their scope and validity windows, the laboratories' quality
 * assessments, an index of reusable results kept from the shared record's events, the
 * answer at order time and the doctor's accept or decline with a national exception
 * reason; accepted results count as savings, reported as facts for monitoring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinical recognition", allowedDependencies = { "shared",
		"shared :: facts", "security", "identity", "registry", "terminology", "clinical", "clinical.records" })
package org.sanyi.clinical.recognition;
