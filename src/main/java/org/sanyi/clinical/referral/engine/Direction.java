package org.sanyi.clinical.referral.engine;

/** 上转 to a higher care level, 下转 back to a lower one. */
public enum Direction {

	UP, DOWN

}
