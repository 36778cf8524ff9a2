/**
 * The satisfaction survey after a completed visit: questions per institution kind,
 * responses, their facts.
 */
package org.sanyi.clinical.appointment.survey;
