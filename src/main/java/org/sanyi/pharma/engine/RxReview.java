package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prescription review before upload (7101 pre-check), pure: the region's rules as data
 * ({@link ReviewRules}) applied to one prescription and its patient. Each finding names
 * the 处方点评 item it falls under (《医院处方点评管理规范（试行）》, next-wave.md §3.3 [mem]): 1-11 more
 * than five drugs, 1-12 days supplied, 1-14 antimicrobial prescribing rights, 2-2
 * contraindicated drug choice, 2-5 dose or frequency, 2-7 duplicate therapy, 2-8
 * interaction. A blocking finding refuses the upload.
 */
public final class RxReview {

	/** How many administrations a day each frequency code means. */
	static final Map<String, BigDecimal> PER_DAY = Map.ofEntries(Map.entry("qd", BigDecimal.ONE),
			Map.entry("qn", BigDecimal.ONE), Map.entry("st", BigDecimal.ONE), Map.entry("prn", BigDecimal.ONE),
			Map.entry("bid", BigDecimal.TWO), Map.entry("q12h", BigDecimal.TWO), Map.entry("tid", new BigDecimal(3)),
			Map.entry("q8h", new BigDecimal(3)), Map.entry("qid", new BigDecimal(4)),
			Map.entry("q6h", new BigDecimal(4)), Map.entry("qw", new BigDecimal("0.142857")),
			Map.entry("biw", new BigDecimal("0.285714")));

	private RxReview() {
	}

	/** The frequency codes the review understands ({@code used_frqu_codg}). */
	public static Set<String> frequencyCodes() {
		return PER_DAY.keySet();
	}

	/**
	 * A drug line with what the catalogue says of the drug.
	 *
	 * @param line the prescribed line
	 * @param genericName 通用名 (or the item's name)
	 * @param atc ATC class from the catalogue profile, or null
	 * @param essential 国家基本药物
	 */
	public record Drug(RxContent.Line line, String genericName, String atc, boolean essential) {
	}

	/**
	 * The prescription as reviewed.
	 *
	 * @param type outpatient, emergency or chronic
	 * @param longReason why more days than the kind allows, or empty
	 * @param ageYears the patient's age in whole years
	 * @param sex {@code gend}
	 * @param pregnant pregnancy weeks &gt; 0
	 * @param prescriberTitle 1 住院医师, 2 主治医师, 3 副主任医师, 4 主任医师
	 * @param consulted a 特殊使用级 antimicrobial was agreed in a consultation
	 * ({@code cnsl_flag})
	 * @param drugs the lines
	 */
	public record Input(RxType type, String longReason, int ageYears, String sex, boolean pregnant, int prescriberTitle,
			boolean consulted, List<Drug> drugs) {

		public Input {
			drugs = List.copyOf(drugs);
		}

	}

	public static List<RxFinding> review(Input rx, ReviewRules rules) {
		List<RxFinding> findings = new ArrayList<>();
		ReviewRules.Limit limit = rules.limit(rx.type());
		if (rx.type() != RxType.CHRONIC && rx.drugs().size() > limit.maxDrugs()) {
			findings.add(new RxFinding("R-COUNT", "1-11", false, "pharma.review.rule.count",
					List.of(Integer.toString(rx.drugs().size()), Integer.toString(limit.maxDrugs()))));
		}
		for (Drug d : rx.drugs()) {
			daysSupplied(rx, d, limit, findings);
			Optional<ReviewRules.DrugRule> rule = rules.ruleOf(d);
			rule.ifPresent(r -> {
				dose(d, r, findings);
				antimicrobial(rx, d, r, findings);
			});
			contraindications(rx, d, rules, findings);
		}
		duplicates(rx, findings);
		interactions(rx, rules, findings);
		return findings;
	}

	/**
	 * The review of drug orders that carry no dose, frequency or days (a HIS's 3101/3102
	 * orders): contraindications, duplicate therapy, interactions, and the antimicrobial
	 * tier against the prescriber's title when the title is known
	 * ({@code prescriberTitle} 0: not sent). The consultation a 特殊使用级 drug needs is not
	 * in those orders and is not checked here.
	 */
	public static List<RxFinding> reviewOrders(Input rx, ReviewRules rules) {
		List<RxFinding> findings = new ArrayList<>(titleChecks(rx, rules));
		for (Drug d : rx.drugs()) {
			contraindications(rx, d, rules, findings);
		}
		duplicates(rx, findings);
		interactions(rx, rules, findings);
		return findings;
	}

	/**
	 * 1-14 without the consultation: each antimicrobial against the prescriber's title,
	 * nothing when the title is not known (0).
	 */
	public static List<RxFinding> titleChecks(Input rx, ReviewRules rules) {
		List<RxFinding> findings = new ArrayList<>();
		if (rx.prescriberTitle() > 0) {
			for (Drug d : rx.drugs()) {
				rules.ruleOf(d).ifPresent(r -> antimicrobialTitle(rx, d, r, findings));
			}
		}
		return findings;
	}

	/** The DDDs a line supplies: single dose × administrations a day × days / DDD. */
	public static Optional<BigDecimal> ddds(Drug d, ReviewRules rules) {
		Optional<ReviewRules.DrugRule> rule = rules.ruleOf(d);
		if (rule.isEmpty() || rule.get().ddd() == null) {
			return Optional.empty();
		}
		Optional<BigDecimal> dose = DoseUnits.convert(d.line().singleDose(), d.line().doseUnit(),
				rule.get().doseUnit());
		BigDecimal perDay = PER_DAY.get(d.line().frequency());
		if (dose.isEmpty() || perDay == null) {
			return Optional.empty();
		}
		return Optional.of(dose.get()
			.multiply(perDay)
			.multiply(BigDecimal.valueOf(d.line().days()))
			.divide(rule.get().ddd(), MathContext.DECIMAL64)
			.setScale(4, RoundingMode.HALF_UP));
	}

	/** The antimicrobial tier of a drug (0 when it is none). */
	public static int tier(Drug d, ReviewRules rules) {
		return rules.ruleOf(d).map(ReviewRules.DrugRule::tier).orElse(0);
	}

	/**
	 * 1-12: outpatient over 7 days or emergency over 3 without a reason; chronic (long
	 * prescriptions) up to 12 weeks with one.
	 */
	private static void daysSupplied(Input rx, Drug d, ReviewRules.Limit limit, List<RxFinding> findings) {
		boolean reason = !rx.longReason().isBlank();
		int max = reason ? limit.withReason() : limit.plain();
		if (d.line().days() > max) {
			findings.add(new RxFinding("R-DAYS", "1-12", true,
					reason ? "pharma.review.rule.daysWithReason" : "pharma.review.rule.days",
					List.of(d.genericName(), Integer.toString(d.line().days()), Integer.toString(max))));
		}
	}

	/**
	 * 2-5: a single dose outside the range (blocking) or a frequency not allowed
	 * (warning).
	 */
	private static void dose(Drug d, ReviewRules.DrugRule r, List<RxFinding> findings) {
		Optional<BigDecimal> dose = DoseUnits.convert(d.line().singleDose(), d.line().doseUnit(), r.doseUnit());
		String shown = d.line().singleDose().stripTrailingZeros().toPlainString() + d.line().doseUnit();
		if (dose.isPresent() && (r.minDose() != null && dose.get().compareTo(r.minDose()) < 0
				|| r.maxDose() != null && dose.get().compareTo(r.maxDose()) > 0)) {
			findings.add(new RxFinding("R-DOSE", "2-5", true, "pharma.review.rule.dose",
					List.of(d.genericName(), shown, plain(r.minDose()) + "–" + plain(r.maxDose()) + r.doseUnit())));
		}
		if (dose.isEmpty() && (r.minDose() != null || r.maxDose() != null)) {
			findings.add(new RxFinding("R-DOSE-UNIT", "2-5", false, "pharma.review.rule.doseUnit",
					List.of(d.genericName(), d.line().doseUnit(), r.doseUnit())));
		}
		if (!r.frequencies().isEmpty() && !r.frequencies().contains(d.line().frequency())) {
			findings.add(new RxFinding("R-FREQ", "2-5", false, "pharma.review.rule.frequency", List.of(d.genericName(),
					d.line().frequency(), String.join("/", r.frequencies().stream().sorted().toList()))));
		}
	}

	/**
	 * 1-14 (《抗菌药物临床应用管理办法》 2012): 限制使用级 needs at least an attending (主治), 特殊使用级 an
	 * associate chief (副主任) and a consultation.
	 */
	private static void antimicrobial(Input rx, Drug d, ReviewRules.DrugRule r, List<RxFinding> findings) {
		antimicrobialTitle(rx, d, r, findings);
		if (r.tier() == 3 && !rx.consulted()) {
			findings.add(new RxFinding("R-AMS-CONSULT", "1-14", true, "pharma.review.rule.consultation",
					List.of(d.genericName()), List.of(d.line().code())));
		}
	}

	private static void antimicrobialTitle(Input rx, Drug d, ReviewRules.DrugRule r, List<RxFinding> findings) {
		int needed = switch (r.tier()) {
			case 1 -> 1;
			case 2 -> 2;
			case 3 -> 3;
			default -> 0;
		};
		if (needed > 0 && rx.prescriberTitle() < needed) {
			findings.add(new RxFinding("R-AMS-TITLE", "1-14", true, "pharma.review.rule.tierTitle",
					List.of(d.genericName(), Integer.toString(r.tier()), Integer.toString(rx.prescriberTitle())),
					List.of(d.line().code())));
		}
	}

	/** 2-2: contraindicated for the patient's age, sex or pregnancy. */
	private static void contraindications(Input rx, Drug d, ReviewRules rules, List<RxFinding> findings) {
		for (ReviewRules.Contraindication c : rules.contraindications()) {
			if (!ReviewRules.matches(c.key(), d)) {
				continue;
			}
			boolean hit = switch (c.kind()) {
				case "MIN_AGE" -> rx.ageYears() < Integer.parseInt(c.value());
				case "MAX_AGE" -> rx.ageYears() > Integer.parseInt(c.value());
				case "SEX" -> c.value().equals(rx.sex());
				case "PREGNANCY" -> rx.pregnant();
				default -> false;
			};
			if (hit) {
				findings
					.add(new RxFinding("R-CI-" + c.kind(), "2-2", c.blocking(), "pharma.review.rule.contraindication",
							List.of(d.genericName(), c.advice()), List.of(d.line().code())));
			}
		}
	}

	/** 2-7: two drugs of the same therapeutic class (ATC level 4). */
	private static void duplicates(Input rx, List<RxFinding> findings) {
		List<Drug> drugs = rx.drugs();
		for (int i = 0; i < drugs.size(); i++) {
			for (int j = i + 1; j < drugs.size(); j++) {
				String a = level4(drugs.get(i).atc());
				if (a != null && a.equals(level4(drugs.get(j).atc()))) {
					findings.add(new RxFinding("R-DUP", "2-7", false, "pharma.review.rule.duplicate",
							List.of(drugs.get(i).genericName(), drugs.get(j).genericName(), a),
							List.of(drugs.get(i).line().code(), drugs.get(j).line().code())));
				}
			}
		}
	}

	/** 2-8: a pair of the curated table. */
	private static void interactions(Input rx, ReviewRules rules, List<RxFinding> findings) {
		List<Drug> drugs = rx.drugs();
		for (ReviewRules.Interaction pair : rules.interactions()) {
			for (Drug a : drugs) {
				for (Drug b : drugs) {
					if (a != b && ReviewRules.matches(pair.keyA(), a) && ReviewRules.matches(pair.keyB(), b)) {
						findings.add(new RxFinding("R-DDI", "2-8", pair.blocking(), "pharma.review.rule.interaction",
								List.of(a.genericName(), b.genericName(), pair.severity(), pair.advice()),
								List.of(a.line().code(), b.line().code())));
					}
				}
			}
		}
	}

	private static String level4(String atc) {
		return atc == null || atc.length() < 5 ? null : atc.substring(0, 5);
	}

	private static String plain(BigDecimal d) {
		return d == null ? "" : d.stripTrailingZeros().toPlainString();
	}

}
