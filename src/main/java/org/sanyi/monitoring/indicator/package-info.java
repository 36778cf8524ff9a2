/**
 * Indicator definitions as versioned data under maker–checker (`mon_indicator`), checked
 * by the pure engine before anything is saved; the shipped 三医联动 set; the definitions
 * pages.
 */
package org.sanyi.monitoring.indicator;
