/**
 * Referral registrations (转院备案): what an institution files with 2501 when it refers an
 * insured person to another institution, revoked with 2502 or by reversing the 2501
 * (2601); the rules of a registration (term, target, one valid registration per person,
 * target and term) and its states.
 */
package org.sanyi.insurance.referral;
