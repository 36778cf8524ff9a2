/**
 * The shared health record (居民健康档案与电子病历): FHIR R4 resources sent by hospitals, stored
 * searchable in PostgreSQL, read under the resident's consent or by break-glass.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinical records", allowedDependencies = { "shared",
		"shared :: facts", "security", "identity", "registry", "terminology", "clinical" })
package org.sanyi.clinical.records;
