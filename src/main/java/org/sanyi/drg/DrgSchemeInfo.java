package org.sanyi.drg;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An imported grouping scheme version with its size and the regions it is assigned to.
 *
 * @param code the scheme's identifier from its scheme.json, e.g. {@code chs_drg_11}
 * @param effectiveFrom first discharge date the version is published for
 * @param effectiveTo first discharge date it no longer applies to; null while open-ended
 */
public record DrgSchemeInfo(long id, String code, String version, String name, String status, LocalDate effectiveFrom,
		LocalDate effectiveTo, int mdcCount, int adrgCount, int drgCount, String source, String importedBy,
		OffsetDateTime importedAt, List<RegionAssignment> regions) {

	public DrgSchemeInfo {
		regions = regions == null ? List.of() : List.copyOf(regions);
	}

	public DrgGroupingResult.DrgSchemeRef ref() {
		return new DrgGroupingResult.DrgSchemeRef(id, code, version, name);
	}

	/**
	 * A region's use of a scheme for discharge dates {@code [validFrom, validTo)}.
	 *
	 * @param regionCode 6-digit administrative code; {@code 000000} stands for the whole
	 * country
	 */
	public record RegionAssignment(long id, long schemeId, String regionCode, LocalDate validFrom, LocalDate validTo,
			boolean active) {

	}

}
