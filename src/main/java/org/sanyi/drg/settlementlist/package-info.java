/**
 * Settlement lists (4101/4101A) on the gateway: the pure reader with its quality checks
 * and clinical rules, grouping on arrival, storage with history, and the DRG module's own
 * record of inpatient settlements from the insurance events.
 */
package org.sanyi.drg.settlementlist;
