package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * 腾笼换鸟, the Sanming price reform as a computation (next-wave.md §3.4 [inf]): the room a
 * region frees in a baseline year (集采 savings, the consumable mark-up removed, test and
 * examination prices cut) pays for new prices of medical services, under 总量控制 (Σ Δprice ×
 * volume ≤ room). Per institution and for the region it gives the revenue structure
 * before and after (医疗服务收入占比, 药占比, 耗占比), the change of the fund's spend and of the
 * patients' out-of-pocket, and each service item's change (有升有降).
 *
 * <p>
 * The baseline is a year already at 集采 prices: its savings are room already freed, so
 * they do not change the after-structure; the mark-up removal and the test cuts do.
 * Amounts are yuan, HALF_UP to the fen once per institution and item; shares have four
 * decimals. Pure: no I/O.
 */
public final class PriceReform {

	private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

	private PriceReform() {
	}

	/**
	 * An item's baseline volume at one institution.
	 *
	 * @param code catalogue code
	 * @param chargeType {@code med_chrgitm_type}
	 * @param quantity units billed in the year
	 * @param amount what they cost, yuan
	 */
	public record ItemVolume(String code, String chargeType, BigDecimal quantity, BigDecimal amount) {
	}

	/**
	 * One institution's baseline year.
	 *
	 * @param code institution code
	 * @param county its county (six digits)
	 * @param items its fee lines summed by item
	 * @param savings its 集采 savings in the year, yuan
	 */
	public record Institution(String code, String county, List<ItemVolume> items, BigDecimal savings) {
	}

	/**
	 * The draft of a reform.
	 *
	 * @param consumableMarkup the mark-up on consumables that is removed (0.05 = prices
	 * fall by 5/105)
	 * @param testCut the cut of test and examination prices (0.10 = 10 % lower)
	 * @param fundShare the share of a change of fees the fund bears (the region's actual
	 * reimbursement ratio)
	 * @param serviceRaises the raise of every service item of a charge type (02 → 0.30)
	 * @param newPrices new prices of single service items (code → yuan), before the
	 * raises
	 */
	public record Draft(BigDecimal consumableMarkup, BigDecimal testCut, BigDecimal fundShare,
			Map<String, BigDecimal> serviceRaises, Map<String, BigDecimal> newPrices) {

		public Draft {
			serviceRaises = java.util.Collections.unmodifiableMap(new TreeMap<>(serviceRaises));
			newPrices = java.util.Collections.unmodifiableMap(new TreeMap<>(newPrices));
		}

	}

	/**
	 * Revenue by group and the shares of the total.
	 *
	 * @param total medical revenue
	 * @param byGroup revenue of each group
	 */
	public record Structure(BigDecimal total, Map<FeeGroup, BigDecimal> byGroup) {

		public BigDecimal of(FeeGroup group) {
			return byGroup.getOrDefault(group, ZERO);
		}

		/** The group's share of the total, four decimals; zero for an empty total. */
		public BigDecimal share(FeeGroup group) {
			return total.signum() == 0 ? BigDecimal.ZERO.setScale(4) : of(group).divide(total, 4, RoundingMode.HALF_UP);
		}

	}

	/**
	 * The outcome for an institution, or the region ({@code code} empty).
	 *
	 * @param code institution code
	 * @param county county
	 * @param before revenue structure in the baseline
	 * @param after with the reform
	 * @param room the room it freed: savings + mark-up + test cuts
	 * @param savings of which 集采 savings
	 * @param markupRemoved of which the consumable mark-up
	 * @param testCuts of which the test and examination cuts
	 * @param serviceIncrease Σ Δprice × volume of its service items
	 * @param fundChange change of the fund's spend
	 * @param outOfPocketChange change of the patients' out-of-pocket
	 */
	public record Outcome(String code, String county, Structure before, Structure after, BigDecimal room,
			BigDecimal savings, BigDecimal markupRemoved, BigDecimal testCuts, BigDecimal serviceIncrease,
			BigDecimal fundChange, BigDecimal outOfPocketChange) {

		/**
		 * Whether its services gain more than it freed (the region may still balance).
		 */
		public boolean aboveRoom() {
			return serviceIncrease.compareTo(room) > 0;
		}

	}

	/**
	 * A service item's change over the region.
	 *
	 * @param code catalogue code
	 * @param chargeType charge type
	 * @param quantity volume in the baseline
	 * @param before its revenue in the baseline
	 * @param after with the new price
	 */
	public record ItemChange(String code, String chargeType, BigDecimal quantity, BigDecimal before, BigDecimal after) {

		public BigDecimal change() {
			return after.subtract(before);
		}

		/** +1 up, −1 down, 0 unchanged (有升有降). */
		public int direction() {
			return change().signum();
		}

	}

	/**
	 * The whole result.
	 *
	 * @param institutions per institution, in the order given
	 * @param region the region's sums
	 * @param items service items that change, by code
	 * @param withinRoom 总量控制: Σ service increase ≤ Σ room
	 */
	public record Result(List<Outcome> institutions, Outcome region, List<ItemChange> items, boolean withinRoom) {
	}

	public static Result simulate(List<Institution> institutions, Draft draft) {
		List<Outcome> outcomes = new ArrayList<>();
		Map<String, BigDecimal[]> items = new TreeMap<>();
		Map<String, String> itemTypes = new TreeMap<>();
		for (Institution institution : institutions) {
			outcomes.add(institution(institution, draft, items, itemTypes));
		}
		Outcome region = sum(outcomes);
		List<ItemChange> changes = new ArrayList<>();
		items.forEach((code, sums) -> {
			if (sums[1].compareTo(sums[2]) != 0) {
				changes.add(new ItemChange(code, itemTypes.get(code), sums[0], sums[1], sums[2]));
			}
		});
		return new Result(outcomes, region, changes, region.serviceIncrease().compareTo(region.room()) <= 0);
	}

	private static Outcome institution(Institution institution, Draft draft, Map<String, BigDecimal[]> items,
			Map<String, String> itemTypes) {
		Map<FeeGroup, BigDecimal> before = new EnumMap<>(FeeGroup.class);
		BigDecimal increase = ZERO;
		for (ItemVolume item : institution.items()) {
			FeeGroup group = FeeGroup.of(item.chargeType());
			before.merge(group, item.amount(), BigDecimal::add);
			if (group != FeeGroup.SERVICE) {
				continue;
			}
			BigDecimal after = newAmount(item, draft);
			increase = increase.add(after.subtract(item.amount()));
			BigDecimal[] sums = items.computeIfAbsent(item.code(),
					c -> new BigDecimal[] { BigDecimal.ZERO, ZERO, ZERO });
			sums[0] = sums[0].add(item.quantity());
			sums[1] = sums[1].add(item.amount());
			sums[2] = sums[2].add(after);
			itemTypes.put(item.code(), item.chargeType());
		}
		BigDecimal consumables = before.getOrDefault(FeeGroup.CONSUMABLE, ZERO);
		BigDecimal markup = consumables.multiply(draft.consumableMarkup())
			.divide(BigDecimal.ONE.add(draft.consumableMarkup()), 2, RoundingMode.HALF_UP);
		BigDecimal tests = before.getOrDefault(FeeGroup.TEST, ZERO);
		BigDecimal cuts = tests.multiply(draft.testCut()).setScale(2, RoundingMode.HALF_UP);
		BigDecimal savings = institution.savings().setScale(2, RoundingMode.HALF_UP);
		Map<FeeGroup, BigDecimal> after = new EnumMap<>(before);
		after.merge(FeeGroup.SERVICE, increase, BigDecimal::add);
		after.merge(FeeGroup.CONSUMABLE, markup.negate(), BigDecimal::add);
		after.merge(FeeGroup.TEST, cuts.negate(), BigDecimal::add);
		BigDecimal totalChange = increase.subtract(markup).subtract(cuts);
		BigDecimal fund = totalChange.multiply(draft.fundShare()).setScale(2, RoundingMode.HALF_UP);
		return new Outcome(institution.code(), institution.county(), structure(before), structure(after),
				savings.add(markup).add(cuts), savings, markup, cuts, increase, fund, totalChange.subtract(fund));
	}

	/**
	 * The item's revenue at its new price: a price of its own (× the volume), else its
	 * charge type's raise, else unchanged.
	 */
	private static BigDecimal newAmount(ItemVolume item, Draft draft) {
		BigDecimal price = draft.newPrices().get(item.code());
		if (price != null) {
			return item.quantity().multiply(price).setScale(2, RoundingMode.HALF_UP);
		}
		BigDecimal raise = draft.serviceRaises().get(item.chargeType());
		if (raise != null) {
			return item.amount().multiply(BigDecimal.ONE.add(raise)).setScale(2, RoundingMode.HALF_UP);
		}
		return item.amount();
	}

	private static Structure structure(Map<FeeGroup, BigDecimal> groups) {
		Map<FeeGroup, BigDecimal> byGroup = new EnumMap<>(FeeGroup.class);
		BigDecimal total = ZERO;
		for (FeeGroup group : FeeGroup.values()) {
			BigDecimal amount = groups.getOrDefault(group, ZERO).setScale(2, RoundingMode.HALF_UP);
			byGroup.put(group, amount);
			total = total.add(amount);
		}
		return new Structure(total, byGroup);
	}

	private static Outcome sum(List<Outcome> outcomes) {
		Map<FeeGroup, BigDecimal> before = new EnumMap<>(FeeGroup.class);
		Map<FeeGroup, BigDecimal> after = new EnumMap<>(FeeGroup.class);
		BigDecimal[] s = { ZERO, ZERO, ZERO, ZERO, ZERO, ZERO, ZERO };
		for (Outcome o : outcomes) {
			for (FeeGroup g : FeeGroup.values()) {
				before.merge(g, o.before().of(g), BigDecimal::add);
				after.merge(g, o.after().of(g), BigDecimal::add);
			}
			BigDecimal[] add = { o.room(), o.savings(), o.markupRemoved(), o.testCuts(), o.serviceIncrease(),
					o.fundChange(), o.outOfPocketChange() };
			for (int i = 0; i < s.length; i++) {
				s[i] = s[i].add(add[i]);
			}
		}
		return new Outcome("", "", structure(before), structure(after), s[0], s[1], s[2], s[3], s[4], s[5], s[6]);
	}

}
