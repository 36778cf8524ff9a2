/**
 * Doctors' weekly rosters and the schedules and time-segment slots they produce for the
 * release window.
 */
package org.sanyi.clinical.appointment.schedule;
