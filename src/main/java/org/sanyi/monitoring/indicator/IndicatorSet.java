package org.sanyi.monitoring.indicator;

/** Which home pages show an indicator: whose responsibility it is. */
public enum IndicatorSet {

	/**
	 * 三医联动 reform indicators: the health commission (卫健委) and the platform administrator.
	 */
	REFORM,
	/** Fund and settlement figures: the insurance bureau (医保局). */
	FUND,
	/** Meaningful for one hospital, shown to its staff against the peers of its level. */
	HOSPITAL,
	/**
	 * 合理用药: antimicrobial and essential-drug indicators over pharma's drug-use facts; on
	 * the indicators page, no home page.
	 */
	DRUG_USE

}
