/**
 * The registry of the region's health system: administrative regions in five levels,
 * medical institutions and designated pharmacies with their departments and staff, and
 * the alliances that bind them (county medical communities, city medical groups,
 * specialty alliances) with dated memberships. Other modules read it through
 * {@link org.sanyi.registry.Registry}; the demo generator, REST clients and the admin
 * pages write through {@link org.sanyi.registry.RegistryAdmin}. Its pages and REST API
 * show each user only what lies in their data scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Registry",
		allowedDependencies = { "shared", "shared :: io", "shared :: web", "security" })
package org.sanyi.registry;
