/**
 * The master-patient-index matching engine, plain Java with no Spring and no database:
 * the demographic record and its normalisation (Chinese names, full pinyin with surname
 * readings), blocking keys and the in-memory
 * {@link org.sanyi.identity.matching.MatchIndex}, the deterministic ID-number rule and
 * the Fellegi–Sunter scorer with its two thresholds. Persistence and the review queue
 * wrap it elsewhere.
 */
package org.sanyi.identity.matching;
