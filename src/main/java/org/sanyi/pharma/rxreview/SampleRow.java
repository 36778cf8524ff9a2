package org.sanyi.pharma.rxreview;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * A hospital's 处方点评 sample of a month: the seed it was drawn with, the share asked, the
 * prescriptions of the month (population) and drawn, and how many are reviewed and found
 * 不合理.
 */
public record SampleRow(long id, String institutionCode, String institutionRegion, LocalDate month, String seed,
		BigDecimal share, int population, int sampleSize, String createdBy, OffsetDateTime createdAt, int reviewed,
		int irrational) {
}
