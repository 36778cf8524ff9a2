/**
 * The 红黄绿 tier of a chronic patient from one follow-up, by a version of the tiering
 * rules: pure functions, no Spring, no SQL.
 */
package org.sanyi.clinical.familydoctor.engine;
