/**
 * Alerts: thresholds on an indicator over one area, checked every minute, acknowledged
 * with a comment by a regulator of the area (`mon_alert_rule`, `mon_alert`).
 */
package org.sanyi.monitoring.alert;
