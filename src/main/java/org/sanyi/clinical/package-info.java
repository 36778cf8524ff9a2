/**
 * 医疗: the care network of the region. Its nested modules are the shared health record ({@code records}), mutual
 * recognition of examination and test results ({@code recognition}), regional imaging reading ({@code imaging}),
 * remote consultation ({@code consultation}), appointments and the live queue ({@code appointment}), two-way
 * referral ({@code referral}), family doctors and chronic care ({@code familydoctor}) and the internet hospital
 * ({@code online}). Spring Modulith lets modules outside {@code clinical} reach a nested module only through this
 * parent, so the parent package holds the few types the rest of the platform uses (the demo: {@link
 * org.sanyi.clinical.AppointmentAdmin}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinical",
		allowedDependencies = { "shared", "security", "identity", "registry", "terminology" })
package org.sanyi.clinical;
