/**
 * Who may do what, and the record of what they did. Users carry one role (platform admin,
 * health-commission regulator, insurance-bureau officer, hospital doctor or insurance
 * clerk, resident); roles grant permission strings of the form
 * {@code module:resource:action}; every user has a data scope (all, a region and
 * everything under it, one institution, or only themself). REST clients authenticate with
 * bearer tokens; sign-in is throttled against guessing. The audit log is append-only and
 * hash-chained and records every write and every read of personal data. The key vault
 * keeps the keys modules store in the database wrapped under the master key from
 * configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
		allowedDependencies = { "shared", "shared :: io", "shared :: web" })
package org.sanyi.security;
