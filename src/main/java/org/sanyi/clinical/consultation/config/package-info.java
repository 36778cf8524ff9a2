/** Consultation's permission and sidebar link. */
package org.sanyi.clinical.consultation.config;
