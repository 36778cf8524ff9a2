package org.sanyi.shared.review;

import java.time.LocalDate;

/** What the review rules read of a stored version. */
public interface ReviewedVersion {

	long id();

	ReviewStatus status();

	/** The officer who proposed it; another one reviews it. */
	String proposedBy();

	/**
	 * The first day it is in force, or {@code null} for a version that replaces its
	 * predecessor on approval.
	 */
	LocalDate effectiveFrom();

	/** Its last day, or {@code null}: open (or undated). */
	LocalDate effectiveTo();

	/** Whether it is approved and in force on {@code day} or later. */
	default boolean inForceOnOrAfter(LocalDate day) {
		return status() == ReviewStatus.APPROVED && (effectiveTo() == null || !effectiveTo().isBefore(day));
	}

}
