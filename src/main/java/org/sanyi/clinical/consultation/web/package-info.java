/** Consultation pages: lists, the request form, the consultation with its steps. */
package org.sanyi.clinical.consultation.web;
