package org.sanyi.clinical.referral.internal;

import java.time.Instant;

import org.sanyi.clinical.referral.engine.ReferralStatus;

/** One timed move of a referral, with who made it. */
public record ReferralEvent(ReferralStatus status, Instant at, String actor, String note) {
}
