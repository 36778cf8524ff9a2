/**
 * Code systems and catalogues: versioned ICD-10 医保版 diagnoses, ICD-9-CM-3 procedures and
 * national dictionaries (sex, marital status, med_type, insutype, ...), and the drug,
 * consumable and medical-service catalogues with their 甲/乙/丙 class, 先行自付 ratio and price
 * cap. New versions are imported from CSV beside the old ones; every lookup names the day
 * (or the version) it is made for. Other modules read it through
 * {@link org.sanyi.terminology.Terminology}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Terminology",
		allowedDependencies = { "shared", "shared :: io", "shared :: web", "security" })
package org.sanyi.terminology;
