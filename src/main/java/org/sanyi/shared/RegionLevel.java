package org.sanyi.shared;

/**
 * The five levels of China's administrative divisions as the statistical codes number
 * them.
 */
public enum RegionLevel {

	PROVINCE(1), CITY(2), COUNTY(3), TOWNSHIP(4), VILLAGE(5);

	private final int depth;

	RegionLevel(int depth) {
		this.depth = depth;
	}

	public int depth() {
		return depth;
	}

	public static RegionLevel ofDepth(int depth) {
		return values()[depth - 1];
	}

}
