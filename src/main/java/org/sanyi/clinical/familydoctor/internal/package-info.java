/**
 * Teams, contracts, registers and follow-ups: the repository, the follow-up service that
 * tiers each visit, the facts for monitoring and the admin door the demo uses.
 */
package org.sanyi.clinical.familydoctor.internal;
