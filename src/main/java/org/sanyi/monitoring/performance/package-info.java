/**
 * Hospital performance: the six-dimension index (weights and scoring directions as data)
 * over indicator values, ranked per year among hospitals of the same level and explained
 * down to each indicator.
 */
package org.sanyi.monitoring.performance;
