/**
 * Who may do what, and the record of what they did. Users carry one role (platform admin, health-commission regulator,
 * insurance-bureau officer, hospital doctor or insurance clerk, resident); roles grant permission strings of the form
 * {@code module:resource:action}; every user has a data scope (all, a region and everything under it, one institution,
 * or only themself). REST clients authenticate with bearer tokens. The audit log is append-only and records every
 * write and every read of personal data.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Security",
		allowedDependencies = { "shared", "shared :: io", "shared :: web" })
package org.sanyi.security;
