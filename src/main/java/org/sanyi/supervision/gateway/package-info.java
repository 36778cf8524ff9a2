/**
 * 3101 (事前分析) and 3102 (事中分析) on the national gateway through insurance's
 * {@code GatewayTransaction} SPI: the HIS sends patients, encounters, diagnoses and
 * orders; the answer lists each violation with the national output fields. A definite
 * violation of a blocking rule at 3102 holds the visit's settlement back
 * ({@code SettlementGuard}) until a later 3102 of the visit finds none.
 */
package org.sanyi.supervision.gateway;
