package org.sanyi.pharma.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.sanyi.pharma.engine.Progress;
import org.sanyi.pharma.procurement.ProductRow;
import org.sanyi.pharma.procurement.RoundRow;
import org.sanyi.pharma.procurement.Rounds;
import org.sanyi.pharma.procurement.ScopeFilter;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Region;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 完成进度 and savings of a round's cycle up to a day, by institution, county, alliance
 * (county medical communities and city medical groups) or product: the cells of
 * {@link ProgressRepository} summed per group, then the pure {@link Progress} of the sums
 * (a rate is a ratio of sums).
 */
@Service
public class RoundProgress {

	/** How the rows are grouped. */
	public enum GroupBy {

		INSTITUTION, COUNTY, ALLIANCE, PRODUCT

	}

	/** The report of one cycle. */
	public record Report(RoundRow round, int cycle, LocalDate cycleStart, LocalDate cycleEnd, LocalDate asOf,
			GroupBy groupBy, List<ProgressRow> rows, ProgressRow total, List<ProgressRow> behind,
			List<ProductRow> products, List<Cell> cells, Map<String, String> institutionNames) {
	}

	private final Rounds rounds;

	private final ProgressRepository repository;

	private final Registry registry;

	RoundProgress(Rounds rounds, ProgressRepository repository, Registry registry) {
		this.rounds = rounds;
		this.repository = repository;
		this.registry = registry;
	}

	/**
	 * The cells of a whole cycle (for 结余留用): every institution of the scope and product.
	 */
	public List<Cell> cells(RoundRow round, int cycle, DataScope scope) {
		return repository.cells(round.id(), round.cycleStart(cycle), round.cycleEnd(cycle), ScopeFilter.of(scope));
	}

	/**
	 * The day the data reaches: the latest purchase day, at most today; today when
	 * nothing was bought.
	 */
	public LocalDate defaultDay(RoundRow round) {
		LocalDate today = org.sanyi.shared.PlatformTime.today();
		return repository.lastPurchase(round.id()).filter(d -> d.isBefore(today)).orElse(today);
	}

	@Transactional(readOnly = true)
	public Report report(RoundRow round, LocalDate asOf, GroupBy groupBy, DataScope scope) {
		int cycle = round.cycleOf(asOf);
		LocalDate start = round.cycleStart(cycle);
		LocalDate end = round.cycleEnd(cycle);
		List<Cell> cells = repository.cells(round.id(), start, asOf.isBefore(start) ? start : asOf,
				ScopeFilter.of(scope));
		List<ProductRow> products = rounds.products(round.id());
		Map<String, Institution> institutions = new HashMap<>();
		for (Cell c : cells) {
			institutions.computeIfAbsent(c.institutionCode(), code -> registry.institution(code).orElse(null));
		}
		Map<String, String> names = new LinkedHashMap<>();
		institutions.forEach((code, i) -> names.put(code, i == null ? code : i.name()));
		List<ProgressRow> rows = group(cells, groupBy, round, asOf, start, end, names, products);
		ProgressRow total = row("", "", cells, round, start, end, asOf);
		List<ProgressRow> behind = group(cells, GroupBy.INSTITUTION, round, asOf, start, end, names, products).stream()
			.filter(r -> r.progress().behind())
			.toList();
		return new Report(round, cycle, start, end, asOf, groupBy, rows, total, behind, products, cells, names);
	}

	private List<ProgressRow> group(List<Cell> cells, GroupBy by, RoundRow round, LocalDate asOf, LocalDate start,
			LocalDate end, Map<String, String> names, List<ProductRow> products) {
		Map<String, String> labels = new LinkedHashMap<>();
		Map<String, List<Cell>> groups = new LinkedHashMap<>();
		Function<Cell, List<String>> keys = switch (by) {
			case INSTITUTION -> c -> List.of(c.institutionCode());
			case COUNTY -> c -> List.of(county(c.institutionRegion()));
			case PRODUCT -> c -> List.of(String.valueOf(c.productId()));
			case ALLIANCE -> c -> alliances(c.institutionCode(), asOf, labels);
		};
		for (Cell c : cells) {
			for (String key : keys.apply(c)) {
				groups.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
			}
		}
		Map<String, String> productLabels = new HashMap<>();
		products.forEach(p -> productLabels.put(String.valueOf(p.id()), p.label()));
		List<ProgressRow> rows = new ArrayList<>();
		groups.forEach((key, group) -> rows.add(row(key, switch (by) {
			case INSTITUTION -> names.getOrDefault(key, key);
			case COUNTY -> registry.region(key).map(Region::name).orElse(key);
			case PRODUCT -> productLabels.getOrDefault(key, key);
			case ALLIANCE -> labels.getOrDefault(key, key);
		}, group, round, start, end, asOf)));
		return rows;
	}

	private List<String> alliances(String institution, LocalDate on, Map<String, String> labels) {
		List<String> codes = new ArrayList<>();
		for (Alliance a : registry.alliancesOf(institution, on)) {
			if (a.kind() != Alliance.Kind.SPECIALTY) {
				labels.put(a.code(), a.name());
				codes.add(a.code());
			}
		}
		return codes;
	}

	/**
	 * A county-level code (first six digits) for an institution registered at a county or
	 * below; else the code.
	 */
	private static String county(String region) {
		return region.length() > 6 ? region.substring(0, 6) : region;
	}

	static ProgressRow row(String key, String label, List<Cell> cells, RoundRow round, LocalDate start, LocalDate end,
			LocalDate asOf) {
		long agreed = 0;
		long winning = 0;
		long nonWinning = 0;
		BigDecimal amount = BigDecimal.ZERO;
		BigDecimal winningAmount = BigDecimal.ZERO;
		BigDecimal preValue = BigDecimal.ZERO;
		for (Cell c : cells) {
			agreed += c.agreed();
			winning += c.winning();
			nonWinning += c.nonWinning();
			amount = amount.add(c.amount());
			winningAmount = winningAmount.add(c.winningAmount());
			preValue = preValue.add(c.preRoundValue());
		}
		Progress p = Progress.of(agreed, winning, nonWinning, start, end, asOf, round.alertGap());
		BigDecimal savings = preValue.setScale(2, RoundingMode.HALF_UP).subtract(winningAmount);
		return new ProgressRow(key, label, p, amount.setScale(2, RoundingMode.HALF_UP), savings);
	}

}
