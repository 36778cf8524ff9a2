/**
 * How the referral module plugs in: its permissions, sidebar links and the data elements
 * it reports.
 */
package org.sanyi.clinical.referral.config;
