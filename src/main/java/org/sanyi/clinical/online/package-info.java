/**
 * The internet hospital (互联网医院): online follow-up visits (复诊, text and images, a video
 * link) for residents with an earlier in-person diagnosis of the same condition, taken by
 * a doctor of the institution through requested → accepted → in consultation → completed
 * (or cancelled); prescription renewals (续方) of chronic patients issued from their last
 * prescription through pharma's e-prescription flow; post-discharge follow-up plans with
 * scheduled check-ins.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinical online",
		allowedDependencies = { "shared", "shared :: facts", "security", "identity", "registry", "terminology",
				"clinical", "clinical.appointment", "pharma", "insurance" })
package org.sanyi.clinical.online;
