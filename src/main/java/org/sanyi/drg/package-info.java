/**
 * DRG: CHS-DRG grouping as a service of the platform. Grouping schemes (national CHS-DRG
 * versions and local variants) are imported as data, validated, stored in PostgreSQL and
 * compiled in memory; each region is assigned the scheme in force for a period of
 * discharge dates. Other modules group a case through {@link org.sanyi.drg.DrgGrouping}
 * and get the DRG with a step-by-step explanation; the pure engine lives in
 * {@code grouper}. Of insurance it uses only the root package: the settlement events it
 * listens to and the gateway SPI its settlement-list transactions implement.
 */
@org.springframework.modulith.ApplicationModule(displayName = "DRG", allowedDependencies = { "shared", "shared :: io",
		"shared :: web", "shared :: review", "security", "registry", "terminology", "insurance" })
package org.sanyi.drg;
