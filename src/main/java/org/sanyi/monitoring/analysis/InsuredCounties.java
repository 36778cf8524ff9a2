package org.sanyi.monitoring.analysis;

import java.util.ArrayList;
import java.util.List;

import org.sanyi.monitoring.MonitoringErrors;
import org.sanyi.registry.Region;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.RegionLevel;

import org.springframework.stereotype.Component;

/**
 * 参保地 as a filter of the indicator pages: the counties whose insured persons an area's
 * figures can be narrowed to (those of the pooling city the area lies in; on the
 * platform, every county), and the check of a county asked for. Narrowing keeps the area:
 * a county bureau sees its own institutions' care of another county's insured, never
 * institutions outside its scope.
 */
@Component
class InsuredCounties {

	private final Registry registry;

	InsuredCounties(Registry registry) {
		this.registry = registry;
	}

	/** The counties to choose from for an area, by code. */
	List<Region> of(Area area) {
		List<String> cities = new ArrayList<>();
		String region = area.regionCode();
		if (region == null || region.isEmpty()) {
			for (String province : Areas.PROVINCES) {
				registry.children(province + "0000").forEach(city -> cities.add(city.code()));
			}
		}
		else if (RegionCode.of(region).level() == RegionLevel.PROVINCE) {
			registry.children(region).forEach(city -> cities.add(city.code()));
		}
		else {
			cities.add(RegionCode.of(region).poolingRegion().value());
		}
		List<Region> counties = new ArrayList<>();
		for (String city : cities) {
			registry.children(city).stream().filter(r -> r.level() == RegionLevel.COUNTY).forEach(counties::add);
		}
		return counties;
	}

	/**
	 * The county asked for: {@code null} for none, else a registered county's code
	 * (MON-0018 otherwise).
	 */
	Region checked(String code) {
		if (code == null || code.isBlank()) {
			return null;
		}
		String c = code.strip();
		if (!RegionCode.isWellFormed(c) || RegionCode.of(c).level() != RegionLevel.COUNTY) {
			throw new BusinessException(MonitoringErrors.INSURED_COUNTY_INVALID, c);
		}
		return registry.region(c).orElseThrow(() -> new BusinessException(MonitoringErrors.INSURED_COUNTY_INVALID, c));
	}

}
