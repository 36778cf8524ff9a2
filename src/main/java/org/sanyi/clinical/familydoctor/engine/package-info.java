/**
 * The 红黄绿 tier of a chronic patient from one follow-up, by a version of the tiering
 * rules, and the rules of a family-doctor contract (crowd categories derived from what
 * the platform knows, packages, renewal window, termination): pure functions, no Spring,
 * no SQL.
 */
package org.sanyi.clinical.familydoctor.engine;
