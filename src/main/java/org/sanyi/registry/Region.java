package org.sanyi.registry;

import org.sanyi.shared.RegionCode;
import org.sanyi.shared.RegionLevel;

/**
 * An administrative region: province, city, county or district, township or street,
 * village or community.
 *
 * @param code the division code (6 digits down to county level, 9 for a township, 12 for
 * a village)
 * @param name the official name, e.g. {@code 云岫县}
 * @param level the level, which the code determines
 * @param parentCode the region it lies in; {@code null} for a province
 * @param population the registered population (for a region above village level, the sum
 * of its parts)
 * @param pinyin pinyin initials of the name, for search ({@code yxx})
 */
public record Region(String code, String name, RegionLevel level, String parentCode, long population, String pinyin) {

	/**
	 * The prefix every region and institution within this region has in its region code.
	 */
	public String prefix() {
		return RegionCode.of(code).prefix();
	}

}
