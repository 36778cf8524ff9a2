/**
 * The pure rules of the internet hospital: the visit's states and moves, the follow-up
 * eligibility rule, and when a check-in is due or overdue. No Spring, no SQL.
 */
package org.sanyi.clinical.online.engine;
