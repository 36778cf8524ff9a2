/**
 * The referral rules as pure functions: care levels, who may refer whom (scope), and the
 * states of a referral with the moves each side may make. No Spring, no SQL.
 */
package org.sanyi.clinical.referral.engine;
