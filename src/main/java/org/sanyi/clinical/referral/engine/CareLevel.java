package org.sanyi.clinical.referral.engine;

import org.sanyi.registry.Institution;

/**
 * The three care levels a referral moves between (基层 → 县 → 市). Derived from the registry:
 * primary care is a township or community health centre or a village clinic; a tertiary
 * (三级) hospital is city level; any other hospital is county level.
 */
public enum CareLevel {

	PRIMARY, COUNTY, CITY;

	/**
	 * The level of an institution, or null for one that takes no referrals (pharmacy).
	 */
	public static CareLevel of(Institution.Kind kind, Institution.Grade grade) {
		return switch (kind) {
			case TOWNSHIP_HEALTH_CENTRE, COMMUNITY_HEALTH_CENTRE, VILLAGE_CLINIC -> PRIMARY;
			case GENERAL_HOSPITAL, TCM_HOSPITAL, MATERNAL_CHILD -> grade.level() >= 3 ? CITY : COUNTY;
			case PHARMACY -> null;
		};
	}

	public boolean above(CareLevel other) {
		return compareTo(other) > 0;
	}

}
