/** The module's bulk and demo API ({@code AppointmentAdmin}) over its services. */
package org.sanyi.clinical.appointment.admin;
