/**
 * FHIR R4 Patient at /fhir, mapped to and from the master patient index.
 */
package org.sanyi.identity.fhir;
