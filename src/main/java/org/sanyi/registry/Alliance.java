package org.sanyi.registry;

import java.time.LocalDate;

/**
 * A medical alliance (医联体): a county medical community led by its county general hospital
 * (总医院), a city medical group led by a tertiary hospital, or a specialty alliance across
 * the city.
 *
 * @param id the database id
 * @param code a stable business code, e.g. {@code YGT-359921}
 * @param name the name
 * @param kind which sort of alliance
 * @param regionCode the region it serves (the county of a medical community, the city of
 * a group)
 * @param specialty the specialty of a specialty alliance (胸痛, 卒中 ...), {@code null}
 * otherwise
 * @param leadInstitutionCode the lead institution (牵头单位), which is also a member with
 * role LEAD
 * @param establishedOn when it was founded
 */
public record Alliance(long id, String code, String name, Kind kind, String regionCode, String specialty,
		String leadInstitutionCode, LocalDate establishedOn) {

	public enum Kind {

		/**
		 * 紧密型县域医共体: county hospital, township health centres and village clinics under
		 * one management.
		 */
		COUNTY_COMMUNITY,
		/**
		 * 城市医疗集团: a tertiary hospital with district hospitals and community health
		 * centres.
		 */
		CITY_GROUP,
		/** 专科联盟: hospitals cooperating on one specialty. */
		SPECIALTY

	}

}
