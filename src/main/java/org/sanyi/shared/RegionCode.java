package org.sanyi.shared;

import java.util.ArrayList;
import java.util.List;

/**
 * An administrative division code as the national statistical codes write it: 6 digits
 * for province, city and county (GB/T 2260, e.g. {@code 350000}, {@code 350400},
 * {@code 350403}), 9 digits for a township or street and 12 for a village or community.
 * The code is hierarchical by prefix, which is what data scopes use.
 */
public record RegionCode(String value) {

	public RegionCode {
		if (!isWellFormed(value)) {
			throw new BusinessException(SharedErrors.INVALID_REGION_CODE, value);
		}
	}

	public static RegionCode of(String value) {
		return new RegionCode(value == null ? null : value.trim());
	}

	public static boolean isWellFormed(String value) {
		if (value == null || !(value.length() == 6 || value.length() == 9 || value.length() == 12)) {
			return false;
		}
		for (int i = 0; i < value.length(); i++) {
			if (value.charAt(i) < '0' || value.charAt(i) > '9') {
				return false;
			}
		}
		return !value.startsWith("00") && levelOf(value) != null;
	}

	/**
	 * The level, or {@code null} when the digits are inconsistent (e.g. {@code 350012}: a
	 * county under no city).
	 */
	static RegionLevel levelOf(String v) {
		if (v.length() == 12) {
			return v.endsWith("000") ? null : RegionLevel.VILLAGE;
		}
		if (v.length() == 9) {
			return v.endsWith("000") ? null : RegionLevel.TOWNSHIP;
		}
		if (v.endsWith("0000")) {
			return RegionLevel.PROVINCE;
		}
		if (v.endsWith("00")) {
			return RegionLevel.CITY;
		}
		return "00".equals(v.substring(2, 4)) ? null : RegionLevel.COUNTY;
	}

	public RegionLevel level() {
		return levelOf(value);
	}

	/**
	 * The digits that every code below this one starts with: {@code 35} for a province,
	 * {@code 3504} for a city.
	 */
	public String prefix() {
		return switch (level()) {
			case PROVINCE -> value.substring(0, 2);
			case CITY -> value.substring(0, 4);
			case COUNTY -> value;
			case TOWNSHIP -> value;
			case VILLAGE -> value;
		};
	}

	/** True when {@code other} is this region or lies within it. */
	public boolean contains(String other) {
		return other != null && other.startsWith(prefix());
	}

	/** The parent region, or {@code null} for a province. */
	public RegionCode parent() {
		return switch (level()) {
			case PROVINCE -> null;
			case CITY -> new RegionCode(value.substring(0, 2) + "0000");
			case COUNTY -> new RegionCode(value.substring(0, 4) + "00");
			case TOWNSHIP -> new RegionCode(value.substring(0, 6));
			case VILLAGE -> new RegionCode(value.substring(0, 9));
		};
	}

	/**
	 * The medical-insurance pooling region (统筹区) the region belongs to: its city
	 * ({@code 3504xx…} → {@code 350400}), as basic medical insurance pools at city level
	 * (市级统筹); a province's own code is its own.
	 */
	public RegionCode poolingRegion() {
		return level() == RegionLevel.CITY ? this : new RegionCode(value.substring(0, 4) + "00");
	}

	/** This region and its ancestors, the province first. */
	public List<RegionCode> lineage() {
		var codes = new ArrayList<RegionCode>();
		for (RegionCode c = this; c != null; c = c.parent()) {
			codes.addFirst(c);
		}
		return codes;
	}

	@Override
	public String toString() {
		return value;
	}

}
