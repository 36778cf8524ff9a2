package org.sanyi.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the demo region.
 *
 * @param enabled whether the demo region is generated on the first start of an empty database
 * @param seed the random seed; the same seed always builds the same region
 * @param scale how much of the region to build: {@code 1.0} is a Sanming-sized city, smaller values shrink the
 * number of townships and villages (tests use a small scale to start fast)
 */
@ConfigurationProperties("sanyi.demo")
public record DemoProperties(boolean enabled, long seed, double scale) {

	public DemoProperties {
		if (scale <= 0) {
			scale = 1.0;
		}
	}

}
