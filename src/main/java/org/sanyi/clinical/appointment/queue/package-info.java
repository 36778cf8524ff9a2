/**
 * The live queue: check-in and calls reported by the HIS or the outpatient desk,
 * positions, no-shows.
 */
package org.sanyi.clinical.appointment.queue;
