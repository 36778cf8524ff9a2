/**
 * Insured persons, their special identities, enrolments and personal accounts, and the
 * insurance standing identity asks for (IdentityInsuranceStatus).
 */
package org.sanyi.insurance.person;
