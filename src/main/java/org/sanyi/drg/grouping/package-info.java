/**
 * Grouping cases with the scheme in force: one case with its explained trace, batches
 * from CSV, REST and pages. The pure grouper is drg.grouper.
 */
package org.sanyi.drg.grouping;
