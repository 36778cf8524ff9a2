/**
 * Find, hold, book and cancel: release rules, the no-show rule, capacity kept by
 * PostgreSQL, payments, facts.
 */
package org.sanyi.clinical.appointment.booking;
