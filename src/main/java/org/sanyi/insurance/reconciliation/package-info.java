/**
 * Reconciliation: the nightly check of the ledger and settlement invariants
 * (ReconciliationService, ReconciliationRepository), and the institutions' statements
 * 3201/3202 with their files 9101/9102; their pages and REST.
 */
package org.sanyi.insurance.reconciliation;
