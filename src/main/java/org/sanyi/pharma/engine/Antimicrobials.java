package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a drug line contributes to the antimicrobial indicators (抗菌药物使用率, 使用强度 AUD), pure:
 * whether the drug is an antimicrobial, how many grams a pricing unit holds, its route
 * and its DDDs under the region's DDD table.
 *
 * <p>
 * 抗菌药物 in the sense of 《抗菌药物临床应用管理办法》 are the antibacterials (ATC J01), antimycotics for
 * systemic use (J02), antimycobacterials (J04) and the nitroimidazoles (P01AB). A WHO DDD
 * belongs to an ATC level-5 substance and a route (O oral, P parenteral); the catalogue
 * of the demo often carries only the level-4 class, so a row also matches by the
 * substance's name within the generic name (the longest name wins: 阿莫西林克拉维酸钾 before
 * 阿莫西林).
 */
public final class Antimicrobials {

	private static final List<String> CLASSES = List.of("J01", "J02", "J04", "P01AB");

	/**
	 * The first quantity of a specification: {@code 0.25g*24粒}, {@code 1g},
	 * {@code 400mg}.
	 */
	private static final Pattern STRENGTH = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*(g|mg|μg|ug)(?![a-zA-Z])");

	private Antimicrobials() {
	}

	public static boolean isAntimicrobial(String atc) {
		return atc != null && CLASSES.stream().anyMatch(atc::startsWith);
	}

	/**
	 * A systemic antibacterial (ATC J01): what 门诊患者抗菌药物使用率 counts on settled visits.
	 */
	public static boolean isAntibacterial(String atc) {
		return atc != null && atc.startsWith("J01");
	}

	/**
	 * Whether a visit's drug lines include a systemic antibacterial that was not
	 * refunded: the quantities of each J01 drug (by class and generic name) summed, a
	 * refund line's negative quantity taking back its sale.
	 */
	public static boolean antibacterial(List<DrugLine> lines) {
		java.util.Map<String, BigDecimal> net = new java.util.HashMap<>();
		for (DrugLine l : lines) {
			if (isAntibacterial(l.atc()) && l.quantity() != null) {
				net.merge(l.atc() + '|' + l.genericName(), l.quantity(), BigDecimal::add);
			}
		}
		return net.values().stream().anyMatch(q -> q.signum() > 0);
	}

	/** Grams in one minimum unit as the specification states it, or empty. */
	public static Optional<BigDecimal> gramsPerUnit(String specification) {
		if (specification == null) {
			return Optional.empty();
		}
		Matcher m = STRENGTH.matcher(specification);
		if (!m.find()) {
			return Optional.empty();
		}
		return DoseUnits.convert(new BigDecimal(m.group(1)), m.group(2), "g").filter(g -> g.signum() > 0);
	}

	/** P for injections (注射剂, 注射用…, …注射液), O otherwise. */
	public static String route(String dosageForm, String name) {
		boolean injection = (dosageForm != null && dosageForm.contains("注射"))
				|| (name != null && (name.contains("注射") || name.endsWith("针")));
		return injection ? "P" : "O";
	}

	/**
	 * A row of the DDD table.
	 *
	 * @param atcCode the ATC level-5 code ({@code J01CA04})
	 * @param substance the substance's Chinese name as generic names contain it
	 * @param route O or P
	 * @param grams the DDD in grams
	 */
	public record Ddd(String atcCode, String substance, String route, BigDecimal grams) {
	}

	/**
	 * The DDD row for a drug: the same route and the exact ATC code when the catalogue
	 * has it, else a row of the drug's ATC level-4 class whose substance the generic name
	 * contains (the longest one).
	 */
	public static Optional<Ddd> dddOf(List<Ddd> table, String atc, String genericName, String route) {
		if (atc == null) {
			return Optional.empty();
		}
		Ddd best = null;
		for (Ddd d : table) {
			if (!d.route().equals(route)) {
				continue;
			}
			if (d.atcCode().equals(atc)) {
				return Optional.of(d);
			}
			boolean sameClass = atc.length() >= 5 && d.atcCode().startsWith(atc.substring(0, 5));
			if (sameClass && genericName != null && genericName.contains(d.substance())
					&& (best == null || d.substance().length() > best.substance().length())) {
				best = d;
			}
		}
		return Optional.ofNullable(best);
	}

	/** DDDs = grams ÷ DDD, four decimals HALF_UP (the facts' precision). */
	public static BigDecimal ddds(BigDecimal grams, BigDecimal dddGrams) {
		return grams.divide(dddGrams, 4, RoundingMode.HALF_UP);
	}

	/**
	 * A settled drug line as the indicators need it.
	 *
	 * @param atc ATC class (level 4 or 5), or null
	 * @param genericName 通用名 or the item's name
	 * @param route O or P
	 * @param gramsPerPricingUnit grams in one billed unit, or null when unknown
	 * @param quantity billed units ({@code cnt}); negative on a refund line
	 * @param essential 国家基本药物
	 */
	public record DrugLine(String atc, String genericName, String route, BigDecimal gramsPerPricingUnit,
			BigDecimal quantity, boolean essential) {
	}

	/**
	 * What one settled visit contributes.
	 *
	 * @param drugs it has at least one drug line
	 * @param antibiotic at least one antimicrobial line
	 * @param essential at least one 基本药物 line
	 * @param ddds the DDDs of its antimicrobial lines
	 * @param unmeasured antimicrobial lines whose DDDs could not be computed (no strength
	 * in the catalogue or no DDD row): a data-quality count beside the AUD
	 */
	public record VisitUse(boolean drugs, boolean antibiotic, boolean essential, BigDecimal ddds, int unmeasured) {
	}

	public static VisitUse of(List<DrugLine> lines, List<Ddd> table) {
		boolean antibiotic = false;
		boolean essential = false;
		BigDecimal ddds = BigDecimal.ZERO;
		int unmeasured = 0;
		for (DrugLine l : lines) {
			essential |= l.essential() && l.quantity().signum() > 0;
			if (!isAntimicrobial(l.atc())) {
				continue;
			}
			antibiotic |= l.quantity().signum() > 0;
			Optional<Ddd> ddd = dddOf(table, l.atc(), l.genericName(), l.route());
			if (l.gramsPerPricingUnit() == null || ddd.isEmpty()) {
				unmeasured++;
				continue;
			}
			ddds = ddds.add(ddds(l.gramsPerPricingUnit().multiply(l.quantity()), ddd.get().grams()));
		}
		return new VisitUse(!lines.isEmpty(), antibiotic, essential, ddds, unmeasured);
	}

}
