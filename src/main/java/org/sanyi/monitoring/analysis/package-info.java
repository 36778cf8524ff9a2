/**
 * Indicator values for people: areas of the registry's hierarchy and alliances under the
 * viewer's data scope, the engine over the fact store, the indicator browser, the
 * explanation of a value and the home panels per role.
 */
package org.sanyi.monitoring.analysis;
