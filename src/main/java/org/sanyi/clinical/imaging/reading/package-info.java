/**
 * Studies received and reading requests: the upload checked and stored, the worklist of
 * an imaging centre ordered by deadline, the report taken, drafted and signed by one
 * radiologist, then written into the shared record and reported to monitoring.
 */
package org.sanyi.clinical.imaging.reading;
