/**
 * The monthly DRG settlement of each hospital (MonthSettlementService, publishing
 * DrgMonthSettled) and DrgPayments for other modules and the demo.
 */
package org.sanyi.drg.payment;
