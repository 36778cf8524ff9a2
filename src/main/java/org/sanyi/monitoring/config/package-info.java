/**
 * How the module plugs into the platform: the permissions it checks with their default
 * roles (`MonitoringPermissions`) and its sidebar links (`MonitoringNavigation`), both
 * package-private beans.
 */
package org.sanyi.monitoring.config;
