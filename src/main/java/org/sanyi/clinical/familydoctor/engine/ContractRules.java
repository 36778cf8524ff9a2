package org.sanyi.clinical.familydoctor.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a family-doctor contract (家庭医生签约服务协议), without I/O:
 * <ul>
 * <li>crowd categories the platform derives itself: 0–6 岁儿童 and 65 岁及以上 from the birth
 * date on the start day, 高血压 and 糖尿病 from the team's registers; the others (pregnant,
 * disabled, 低保…) are declared and confirmed by the team;</li>
 * <li>one basic package (基础包) and any personalised ones, all still offered; the fee split
 * into the resident's part, the insurance fund's and the public-health fund's;</li>
 * <li>a term of one year, starting today or within 30 days;</li>
 * <li>renewal (续约) from 60 days before the end until 90 days after it: the new term
 * continues the old one without a gap, or starts today when the old one has ended;</li>
 * <li>termination needs a reason, and a note when the reason is {@code OTHER}.</li>
 * </ul>
 * A refusal is named like the module's error it becomes.
 */
public final class ContractRules {

	public static final int TERM_YEARS = 1;

	public static final int START_AT_MOST_DAYS_AHEAD = 30;

	public static final int RENEW_FROM_DAYS_BEFORE_END = 60;

	public static final int RENEW_UNTIL_DAYS_AFTER_END = 90;

	public static final int NOTE_MAX = 200;

	private ContractRules() {
	}

	/** Why a contract cannot be signed, renewed or ended as asked. */
	public enum Refusal {

		UNKNOWN_PACKAGE, BASIC_PACKAGE_REQUIRED, START_DATE, NOT_RENEWABLE, REASON_REQUIRED, UNKNOWN_CROWD

	}

	/** A package as the rules see it. */
	public record PackageTerms(String code, boolean basic, BigDecimal price, BigDecimal insurancePays,
			BigDecimal publicHealthPays, boolean offered) {
	}

	/**
	 * What a contract costs and who pays: the resident, the insurance fund, public
	 * health.
	 */
	public record Fee(BigDecimal resident, BigDecimal insurance, BigDecimal publicHealth) {

		public BigDecimal total() {
			return resident.add(insurance).add(publicHealth);
		}

	}

	/** The categories the platform knows of on the day. */
	public static Set<Crowd> derive(LocalDate birthDate, LocalDate day, boolean hypertensionRegister,
			boolean diabetesRegister) {
		Set<Crowd> derived = EnumSet.noneOf(Crowd.class);
		if (birthDate != null && !birthDate.isAfter(day)) {
			int age = Period.between(birthDate, day).getYears();
			if (age <= Crowd.CHILD_MAX_AGE) {
				derived.add(Crowd.CHILD);
			}
			if (age >= Crowd.ELDERLY_MIN_AGE) {
				derived.add(Crowd.ELDERLY);
			}
		}
		if (hypertensionRegister) {
			derived.add(Crowd.HTN);
		}
		if (diabetesRegister) {
			derived.add(Crowd.DM);
		}
		return derived;
	}

	/**
	 * The contract's categories: what the platform derived and what was chosen; 普通人群 only
	 * when no key population applies.
	 */
	public static Set<Crowd> categories(Collection<Crowd> derived, Collection<Crowd> chosen) {
		Set<Crowd> all = EnumSet.noneOf(Crowd.class);
		all.addAll(derived);
		all.addAll(chosen);
		if (Crowd.anyKey(all)) {
			all.remove(Crowd.GENERAL);
		}
		else {
			all.add(Crowd.GENERAL);
		}
		return all;
	}

	/** The chosen codes as categories, or a refusal naming none of them. */
	public static Optional<Set<Crowd>> parseCrowds(Collection<String> codes) {
		Set<Crowd> crowds = EnumSet.noneOf(Crowd.class);
		for (String code : codes) {
			Optional<Crowd> c = Crowd.parse(code);
			if (c.isEmpty()) {
				return Optional.empty();
			}
			crowds.add(c.get());
		}
		return Optional.of(crowds);
	}

	/**
	 * Checks the chosen packages: each known and offered, no code twice, exactly one
	 * basic package.
	 */
	public static Optional<Refusal> checkPackages(List<String> chosen, Map<String, PackageTerms> known) {
		if (new HashSet<>(chosen).size() != chosen.size()) {
			return Optional.of(Refusal.UNKNOWN_PACKAGE);
		}
		long basic = 0;
		for (String code : chosen) {
			PackageTerms p = known.get(code);
			if (p == null || !p.offered()) {
				return Optional.of(Refusal.UNKNOWN_PACKAGE);
			}
			basic += p.basic() ? 1 : 0;
		}
		return basic == 1 ? Optional.empty() : Optional.of(Refusal.BASIC_PACKAGE_REQUIRED);
	}

	/**
	 * The fee of the packages and who pays it: each part the sum of the packages' parts,
	 * so the three add up to the packages' fee exactly. A part not in whole fen is
	 * refused ({@link ArithmeticException}), never rounded.
	 */
	public static Fee fee(Collection<PackageTerms> packages) {
		BigDecimal resident = BigDecimal.ZERO;
		BigDecimal insurance = BigDecimal.ZERO;
		BigDecimal publicHealth = BigDecimal.ZERO;
		for (PackageTerms p : packages) {
			resident = resident.add(p.price());
			insurance = insurance.add(p.insurancePays());
			publicHealth = publicHealth.add(p.publicHealthPays());
		}
		return new Fee(resident.setScale(2, RoundingMode.UNNECESSARY), insurance.setScale(2, RoundingMode.UNNECESSARY),
				publicHealth.setScale(2, RoundingMode.UNNECESSARY));
	}

	/** A new contract starts today or within {@link #START_AT_MOST_DAYS_AHEAD} days. */
	public static boolean startAllowed(LocalDate start, LocalDate today) {
		return start != null && !start.isBefore(today) && !start.isAfter(today.plusDays(START_AT_MOST_DAYS_AHEAD));
	}

	public static LocalDate endOf(LocalDate start) {
		return start.plusYears(TERM_YEARS);
	}

	/**
	 * When the renewal of an active contract ending on {@code endsOn} starts, or empty
	 * when today is outside the renewal window.
	 */
	public static Optional<LocalDate> renewalStart(LocalDate endsOn, LocalDate today) {
		if (today.isBefore(endsOn.minusDays(RENEW_FROM_DAYS_BEFORE_END))
				|| today.isAfter(endsOn.plusDays(RENEW_UNTIL_DAYS_AFTER_END))) {
			return Optional.empty();
		}
		return Optional.of(today.isAfter(endsOn) ? today : endsOn);
	}

	/**
	 * Checks a termination's reason and note (the note stripped, at most 200 characters).
	 */
	public static Optional<Refusal> checkTermination(TerminationReason reason, String note, boolean byResident) {
		if (reason == null || (byResident && !reason.openToResident())) {
			return Optional.of(Refusal.REASON_REQUIRED);
		}
		boolean blank = note == null || note.isBlank();
		if ((reason == TerminationReason.OTHER && blank) || (!blank && note.strip().length() > NOTE_MAX)) {
			return Optional.of(Refusal.REASON_REQUIRED);
		}
		return Optional.empty();
	}

}
