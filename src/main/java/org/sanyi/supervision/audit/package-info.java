/**
 * The audit after settlement (事后) and its cases: a batch audit of a region's settlements
 * of a period under the rule book in force (idempotent per rules version), suspicions
 * (疑点) with their evidence, the hospital's answer (accept or appeal before a deadline)
 * and the bureau's decision (uphold, partly, or dismiss), with their pages.
 */
package org.sanyi.supervision.audit;
