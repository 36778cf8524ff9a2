/**
 * Family doctors and chronic care (家庭医生签约与慢病管理): teams of the primary-care centres,
 * priced service packages, yearly contracts with crowd categories, the hypertension and
 * diabetes registers, follow-ups with their 红黄绿 tier by versioned rules, the team's
 * tasks, the county health-management centre's view, and the KPIs as facts for
 * monitoring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinical family doctors",
		allowedDependencies = { "shared", "shared :: facts", "security", "identity", "registry", "terminology",
				"clinical", "clinical.appointment", "insurance" })
package org.sanyi.clinical.familydoctor;
