package org.sanyi.drg.grouper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The schemes in force, chosen per region and discharge date: a city may run its local
 * version while the rest of the province uses the national CHS-DRG, and versions change
 * on a given date (e.g. 1.1 → 2.0).
 *
 * <p>
 * Regions are GB/T 2260 administrative codes. A scheme registered for {@code 350400} (a
 * city) covers every code starting with {@code 3504}, one for {@code 350000} the whole
 * province, one for {@code 000000} the country. The most specific region with a scheme
 * valid on the discharge date wins. Immutable.
 */
public final class DrgSchemeRegistry {

	/**
	 * @param regionCode administrative code the scheme is registered for
	 * @param validFrom first discharge date the scheme applies to
	 * @param validUntil first discharge date it no longer applies to, {@code null} while
	 * open-ended
	 */
	public record Entry(String regionCode, LocalDate validFrom, LocalDate validUntil, DrgGrouper grouper) {
		public Entry {
			Objects.requireNonNull(regionCode, "regionCode");
			Objects.requireNonNull(validFrom, "validFrom");
			Objects.requireNonNull(grouper, "grouper");
			if (validUntil != null && !validUntil.isAfter(validFrom)) {
				throw new IllegalArgumentException("validUntil must be after validFrom for region " + regionCode);
			}
		}

		boolean validOn(LocalDate date) {
			return !date.isBefore(validFrom) && (validUntil == null || date.isBefore(validUntil));
		}

		boolean overlaps(Entry other) {
			return (other.validUntil == null || validFrom.isBefore(other.validUntil))
					&& (validUntil == null || other.validFrom.isBefore(validUntil));
		}

		String prefix() {
			return significantPrefix(regionCode);
		}
	}

	private final List<Entry> entries;

	private DrgSchemeRegistry(List<Entry> entries) {
		// most specific region first, so that the first valid match is the answer
		this.entries = entries.stream()
			.sorted(Comparator.comparingInt((Entry e) -> e.prefix().length()).reversed())
			.toList();
	}

	/**
	 * Builds a registry.
	 * @throws IllegalArgumentException when two schemes of the same region overlap in
	 * time
	 */
	public static DrgSchemeRegistry of(List<Entry> entries) {
		List<Entry> checked = new ArrayList<>();
		for (Entry e : entries) {
			for (Entry other : checked) {
				if (other.prefix().equals(e.prefix()) && other.overlaps(e)) {
					throw new IllegalArgumentException("schemes " + other.grouper().scheme().name() + " and "
							+ e.grouper().scheme().name() + " overlap in time for region " + e.regionCode());
				}
			}
			checked.add(e);
		}
		return new DrgSchemeRegistry(checked);
	}

	/**
	 * The grouper for a case discharged in {@code regionCode} on {@code dischargeDate},
	 * if any scheme applies.
	 */
	public Optional<DrgGrouper> find(String regionCode, LocalDate dischargeDate) {
		String region = regionCode == null ? "" : regionCode;
		for (Entry e : entries) {
			if (region.startsWith(e.prefix()) && e.validOn(dischargeDate)) {
				return Optional.of(e.grouper());
			}
		}
		return Optional.empty();
	}

	public List<Entry> entries() {
		return entries;
	}

	/**
	 * {@code 350400} → {@code 3504}, {@code 350000} → {@code 35}, {@code 000000} → ""
	 * (whole country).
	 */
	static String significantPrefix(String regionCode) {
		String code = regionCode.trim();
		while (code.endsWith("00")) {
			code = code.substring(0, code.length() - 2);
		}
		return code;
	}

}
