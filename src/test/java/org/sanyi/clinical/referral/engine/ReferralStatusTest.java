package org.sanyi.clinical.referral.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;

import org.junit.jupiter.api.Test;
import org.sanyi.clinical.referral.engine.ReferralAction.Side;

/**
 * The referral loop's states: requested → accepted / rejected / cancelled, accepted → in
 * progress / cancelled, in progress → completed; each move by its side only.
 */
class ReferralStatusTest {

	@Test
	void aRequestedReferralIsAcceptedRejectedOrWithdrawn() {
		assertThat(ReferralStatus.REQUESTED.next()).containsExactlyInAnyOrder(ReferralStatus.ACCEPTED,
				ReferralStatus.REJECTED, ReferralStatus.CANCELLED);
	}

	@Test
	void theLoopClosesOnlyThroughArrivalAndCompletion() {
		assertThat(ReferralStatus.ACCEPTED.canBecome(ReferralStatus.COMPLETED)).isFalse();
		assertThat(ReferralStatus.ACCEPTED.canBecome(ReferralStatus.IN_PROGRESS)).isTrue();
		assertThat(ReferralStatus.IN_PROGRESS.next()).containsExactly(ReferralStatus.COMPLETED);
		assertThat(ReferralStatus.REQUESTED.canBecome(ReferralStatus.IN_PROGRESS)).isFalse();
	}

	@Test
	void finishedReferralsMoveNoMore() {
		for (ReferralStatus end : EnumSet.of(ReferralStatus.COMPLETED, ReferralStatus.REJECTED,
				ReferralStatus.CANCELLED)) {
			assertThat(end.next()).as("%s", end).isEmpty();
			assertThat(end.isOpen()).isFalse();
		}
	}

	@Test
	void onlyTheReceiverAcceptsAndOnlyTheSenderCancels() {
		assertThat(ReferralAction.ACCEPT.allowed(ReferralStatus.REQUESTED, Side.RECEIVER)).isTrue();
		assertThat(ReferralAction.ACCEPT.allowed(ReferralStatus.REQUESTED, Side.SENDER)).isFalse();
		assertThat(ReferralAction.CANCEL.allowed(ReferralStatus.REQUESTED, Side.SENDER)).isTrue();
		assertThat(ReferralAction.CANCEL.allowed(ReferralStatus.REQUESTED, Side.RECEIVER)).isFalse();
	}

	@Test
	void theSenderCannotWithdrawOnceThePatientHasArrived() {
		assertThat(ReferralAction.CANCEL.allowed(ReferralStatus.ACCEPTED, Side.SENDER)).isTrue();
		assertThat(ReferralAction.CANCEL.allowed(ReferralStatus.IN_PROGRESS, Side.SENDER)).isFalse();
	}

	@Test
	void aReferralIsAcceptedOnlyOnce() {
		assertThat(ReferralAction.ACCEPT.allowed(ReferralStatus.ACCEPTED, Side.RECEIVER)).isFalse();
		assertThat(ReferralAction.REJECT.allowed(ReferralStatus.ACCEPTED, Side.RECEIVER)).isFalse();
	}

}
