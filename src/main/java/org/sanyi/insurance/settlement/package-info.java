/**
 * Visits, fee lines and settlements: the visit's life (VisitService, VisitStatus),
 * settling and reversing through the pure engine (SettlementService,
 * SettlementAssembler), year-to-date totals, platform identifiers, the institutions as
 * the gateway sees them, recorded activity, and the 结算查询 pages and REST.
 */
package org.sanyi.insurance.settlement;
