/**
 * The append-only double-entry ledger of the funds, personal accounts and institutions
 * (Ledger, LedgerRepository), and the 基金账务 page.
 */
package org.sanyi.insurance.ledger;
