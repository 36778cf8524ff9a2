package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * 细菌耐药 warnings, pure. The resistance rate of an organism to an antimicrobial is the
 * isolates reported R over those tested (S + I + R). The national early-warning rules for
 * antimicrobial resistance [mem] (卫办医政发〔2009〕38号, repeated in later stewardship notices):
 * above 30 % the prescribers are told; above 40 % the drug is used empirically with
 * caution; above 50 % it is chosen by the susceptibility result; above 75 % its clinical
 * use against that organism is suspended. A rate over fewer isolates than
 * {@link #MIN_ISOLATES} raises no warning (a handful of isolates says little).
 * <p>
 * The rates count the <b>first isolate</b> of each organism per patient and calendar year
 * (CLSI M39, cumulative antibiogram, whose analysis period is the year): a patient
 * cultured again and again (an ICU patient's daily sputum) would otherwise weigh as many
 * patients and inflate resistance ({@link #firstIsolates}). Fixing the period to the
 * calendar year makes an isolate's being first independent of the span asked: the page's
 * counts over any months and the daily facts monitoring sums over them agree.
 */
public final class Resistance {

	public static final int MIN_ISOLATES = 10;

	private Resistance() {
	}

	/** The warning levels, each with the rate it must exceed. */
	public enum Warning {

		NONE(0), NOTIFY(30), CAUTION(40), BY_SUSCEPTIBILITY(50), SUSPEND(75);

		private final int abovePercent;

		Warning(int abovePercent) {
			this.abovePercent = abovePercent;
		}

		public int abovePercent() {
			return abovePercent;
		}

	}

	/** R / tested in percent, two decimals HALF_UP; null when nothing was tested. */
	public static BigDecimal rate(long resistant, long tested) {
		if (tested <= 0) {
			return null;
		}
		return BigDecimal.valueOf(resistant * 100L).divide(BigDecimal.valueOf(tested), 2, RoundingMode.HALF_UP);
	}

	/** The highest level whose threshold the rate exceeds (exact, before rounding). */
	public static Warning warning(long resistant, long tested) {
		if (tested < MIN_ISOLATES) {
			return Warning.NONE;
		}
		Warning level = Warning.NONE;
		for (Warning w : Warning.values()) {
			// resistant / tested > p / 100 ⇔ resistant × 100 > p × tested, in integers
			if (w != Warning.NONE && resistant * 100L > (long) w.abovePercent() * tested) {
				level = w;
			}
		}
		return level;
	}

	/**
	 * An isolate as the de-duplication sees it.
	 *
	 * @param patientKey the patient (within the institution), or empty when the
	 * laboratory did not say: such an isolate is its own patient and is always kept
	 * @param institutionCode the laboratory's institution
	 * @param organismCode the organism
	 * @param specimenDate when the specimen was taken
	 * @param specimenId the specimen, which breaks ties of one day
	 */
	public record Isolate(String patientKey, String institutionCode, String organismCode, LocalDate specimenDate,
			String specimenId) {
	}

	/**
	 * The first isolates (CLSI M39): of each patient's isolates of one organism in one
	 * calendar year, the one of the earliest specimen (by date, then specimen id),
	 * whatever the specimen site or susceptibility; isolates without a patient are all
	 * kept. The caller passes every isolate of the years it asks about (an isolate is
	 * first only against the earlier ones of its year).
	 */
	public static Set<Isolate> firstIsolates(Collection<Isolate> isolates) {
		Map<String, Isolate> first = new HashMap<>();
		Set<Isolate> out = new HashSet<>();
		for (Isolate i : isolates) {
			if (i.patientKey() == null || i.patientKey().isEmpty()) {
				out.add(i);
				continue;
			}
			String key = i.institutionCode() + '|' + i.patientKey() + '|' + i.organismCode() + '|'
					+ i.specimenDate().getYear();
			first.merge(key, i, (a, b) -> EARLIEST.compare(a, b) <= 0 ? a : b);
		}
		out.addAll(first.values());
		return out;
	}

	private static final Comparator<Isolate> EARLIEST = Comparator.comparing(Isolate::specimenDate)
		.thenComparing(Isolate::specimenId);

}
