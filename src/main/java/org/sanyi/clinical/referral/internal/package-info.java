/**
 * Referrals: the service that applies the scope and the state machine, the repository,
 * the summary taken from the shared record, the facts for monitoring and the admin door
 * the demo uses.
 */
package org.sanyi.clinical.referral.internal;
