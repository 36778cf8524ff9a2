package org.sanyi.insurance.settlement;

import java.time.Duration;
import java.util.Optional;

import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.TtlCache;

import org.springframework.stereotype.Component;

/**
 * What the gateway needs to know about a designated institution, from the registry,
 * cached for five minutes: its name, registry region, national hospital level
 * ({@code hosp_lv}) and pooling region. The pooling region is the city the institution
 * lies in ({@code 3599xx...} → {@code 359900}): the demo city pools at city level (市级统筹),
 * as Sanming did from 2013.
 */
@Component
public class InstitutionDirectory {

	private final Registry registry;

	private final TtlCache<String, Optional<InstitutionInfo>> cache = new TtlCache<>(Duration.ofMinutes(5), 10_000);

	InstitutionDirectory(Registry registry) {
		this.registry = registry;
	}

	/**
	 * A designated institution as the gateway sees it.
	 *
	 * @param code {@code fixmedins_code}
	 * @param name registered name
	 * @param region registry region code
	 * @param hospitalLevel national {@code hosp_lv}
	 * @param poolingRegion the {@code mdtrtarea_admvs} its visits belong to
	 * @param active whether it is operating
	 * @param pharmacy whether it is a designated retail pharmacy (定点零售药店)
	 */
	public record InstitutionInfo(String code, String name, String region, String hospitalLevel, String poolingRegion,
			boolean active, boolean pharmacy) {
	}

	public Optional<InstitutionInfo> find(String code) {
		if (code == null) {
			return Optional.empty();
		}
		return cache.get(code, c -> registry.institution(c).map(InstitutionDirectory::info));
	}

	static InstitutionInfo info(Institution i) {
		return new InstitutionInfo(i.code(), i.name(), i.regionCode(), hospitalLevel(i.grade()),
				RegionCode.of(i.regionCode()).poolingRegion().value(), i.status() == Institution.Status.ACTIVE,
				i.kind() == Institution.Kind.PHARMACY);
	}

	/** The national hos_lv code of a registry grade (insurance.md §1.8). */
	static String hospitalLevel(Institution.Grade grade) {
		return switch (grade) {
			case L3A -> "02";
			case L3B -> "03";
			case L3C -> "04";
			case L2A -> "05";
			case L2B -> "06";
			case L2C -> "07";
			case L1A -> "08";
			case L1B -> "09";
			case L1C -> "10";
			case UNGRADED -> "11";
		};
	}

}
