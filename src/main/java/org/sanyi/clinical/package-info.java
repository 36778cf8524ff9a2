/**
 * 医疗: the care network of the region. Its nested modules are the shared health record
 * ({@code records}), mutual recognition of examination and test results
 * ({@code recognition}), regional imaging reading ({@code imaging}), remote consultation
 * ({@code consultation}), appointments and the live queue ({@code appointment}), two-way
 * referral ({@code referral}), family doctors and chronic care ({@code familydoctor}) and
 * the internet hospital ({@code online}). The parent package holds the interfaces other
 * pillars use (the demo, later monitoring and insurance), implemented by the nested
 * modules: Spring Modulith lets only a parent and its nested modules refer to a nested
 * module's types ("Invalid sub-module reference"), so
 * {@link org.sanyi.clinical.ClinicalRecords},
 * {@link org.sanyi.clinical.QualityAssessments},
 * {@link org.sanyi.clinical.ImagingReadings}, {@link org.sanyi.clinical.Consultations},
 * {@link org.sanyi.clinical.AppointmentAdmin}, {@link org.sanyi.clinical.ReferralAdmin},
 * {@link org.sanyi.clinical.FamilyDoctorAdmin} and {@link org.sanyi.clinical.OnlineAdmin}
 * live here.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinical",
		allowedDependencies = { "shared", "security", "identity", "registry", "terminology" })
package org.sanyi.clinical;
