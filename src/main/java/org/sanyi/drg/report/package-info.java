/**
 * The read side of DRG payment: settlement-list cases with their grouping and payment,
 * the hospital DRG report, their pages and exports.
 */
package org.sanyi.drg.report;
