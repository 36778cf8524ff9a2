package org.sanyi.clinical.appointment.booking;

/**
 * The share of a time segment a slot belongs to: the public share opens at the release
 * moment; the referral share (号源下沉) is kept for referrals from alliance members and open
 * as soon as the schedule exists; the walk-in share (现场号) is given out at the desk on the
 * day.
 */
public enum Pool {

	PUBLIC, REFERRAL, WALKIN;

	/** Whether a booking arriving through this channel may take a slot of this share. */
	public boolean openTo(Channel channel) {
		return switch (this) {
			case PUBLIC -> channel != Channel.REFERRAL;
			case REFERRAL -> channel == Channel.REFERRAL;
			case WALKIN -> channel == Channel.DESK;
		};
	}

}
