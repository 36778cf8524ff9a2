/**
 * The demo region: a deterministic generator (fixed seed) that builds a fictional
 * prefecture-level city with its counties, medical communities, hospitals, primary care,
 * pharmacies, staff and demo accounts for every role. It runs on the first start of an
 * empty database and writes only through the other modules' APIs.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo region",
		allowedDependencies = { "shared", "shared :: facts", "shared :: io", "security", "registry", "terminology",
				"identity", "insurance", "drg", "clinical", "supervision", "pharma" })
package org.sanyi.demo;
