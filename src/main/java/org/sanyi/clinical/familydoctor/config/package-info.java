/**
 * How the family-doctor module plugs in: its permissions, sidebar links and the data
 * elements it reports.
 */
package org.sanyi.clinical.familydoctor.config;
