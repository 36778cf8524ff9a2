/**
 * Report forms (DHIS2's aggregate data sets): forms as data, a hospital's monthly report
 * filled or imported with per-cell errors, approved and locked by a regulator of its
 * region, its values facts of the {@code rpt.*} elements; completeness and timeliness.
 */
package org.sanyi.monitoring.report;
