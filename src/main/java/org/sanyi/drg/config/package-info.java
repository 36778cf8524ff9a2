/**
 * How the module plugs into the platform: the permissions it checks with their default
 * roles (`DrgPermissions`) and its sidebar links (`DrgNavigation`), both package-private
 * beans.
 */
package org.sanyi.drg.config;
