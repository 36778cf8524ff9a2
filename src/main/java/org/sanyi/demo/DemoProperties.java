package org.sanyi.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demo region.
 *
 * @param enabled whether the demo region is generated on the first start of an empty
 * database
 * @param seed the random seed; the same seed always builds the same region
 * @param scale how much of the region to build: {@code 1.0} is a Sanming-sized city,
 * smaller values shrink the number of townships and villages and the samples below (tests
 * use a small scale to start fast)
 * @param samplingRatio the share of the real city the demo's insured persons and
 * inpatient cases are a sample of, at scale 1 (default {@code 0.005}: 0.5 % of 2.5
 * million residents, and 0.5 % of the discharges an institution of its kind and beds has:
 * about 25 a month at a 1,800-bed 三甲 hospital, enough for a stable case mix, few enough
 * for a first start under a minute)
 * @param outpatientSamplingRatio the share of the real city's outpatient visits the demo
 * settles, at scale 1 (default {@code 0.0002}): a person has about 25 outpatient visits
 * for every discharge, so they are sampled thinner
 */
@ConfigurationProperties("sanyi.demo")
public record DemoProperties(boolean enabled, long seed, double scale, double samplingRatio,
		double outpatientSamplingRatio) {

	public DemoProperties {
		if (scale <= 0) {
			scale = 1.0;
		}
		if (samplingRatio <= 0 || samplingRatio > 1) {
			samplingRatio = 0.005;
		}
		if (outpatientSamplingRatio <= 0 || outpatientSamplingRatio > 1) {
			outpatientSamplingRatio = 0.0002;
		}
	}

	/**
	 * The sample of residents and discharges actually generated: the sampling ratio at
	 * this scale.
	 */
	public double inpatientSample() {
		return samplingRatio * scale;
	}

	/** The sample of outpatient visits actually generated. */
	public double outpatientSample() {
		return outpatientSamplingRatio * scale;
	}

}
