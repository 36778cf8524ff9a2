/**
 * How the module plugs into the platform: the permissions it checks with their default
 * roles (`InsurancePermissions`) and its sidebar links (`InsuranceNavigation`), both
 * package-private beans.
 */
package org.sanyi.insurance.config;
