/**
 * How the module plugs into the platform: the permissions it checks with their default
 * roles (`IdentityPermissions`) and its sidebar links (`IdentityNavigation`), both
 * package-private beans.
 */
package org.sanyi.identity.config;
