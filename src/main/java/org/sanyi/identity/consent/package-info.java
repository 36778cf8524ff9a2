/**
 * Consent and access to a resident's record: who may read it (ResidentAccess,
 * AccessRepository), break-glass reads and their review.
 */
package org.sanyi.identity.consent;
