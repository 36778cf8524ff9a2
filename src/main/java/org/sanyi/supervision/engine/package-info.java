/**
 * The pure audit engine of fund supervision (智能审核): a claim (a visit with its fee lines),
 * the rules of the national template and the knowledge base in, violations out. The same
 * engine runs before (3101), during (3102) and after (batch) settlement; no Spring, no
 * SQL, nothing shared between calls but the immutable
 * {@link org.sanyi.supervision.engine.RuleBook}.
 */
package org.sanyi.supervision.engine;
