package org.sanyi.pharma.rational;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.sanyi.pharma.engine.ReviewRules;
import org.sanyi.pharma.engine.RxType;
import org.sanyi.shared.RegionCode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review rules in force for an institution's region: the platform's defaults (region
 * {@code 000000}) overridden key by key by the province, city and county rows above the
 * institution. Cached for a minute: the pre-check runs at hundreds a second, the rules
 * change a few times a year.
 */
@Component
public class ReviewRuleBook {

	static final String DEFAULTS = "000000";

	private static final long TTL_NANOS = 60_000_000_000L;

	private record Cached(ReviewRules rules, long loadedAt) {
	}

	private final JdbcClient jdbc;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	ReviewRuleBook(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The rules for an institution registered in {@code region}. */
	public ReviewRules forRegion(String region) {
		Cached c = cache.get(region);
		if (c == null || System.nanoTime() - c.loadedAt() > TTL_NANOS) {
			c = new Cached(load(region), System.nanoTime());
			cache.put(region, c);
		}
		return c.rules();
	}

	/** Forgets cached rules (after an import). */
	public void refresh() {
		cache.clear();
	}

	private ReviewRules load(String region) {
		List<String> regions = lineage(region);
		Map<RxType, ReviewRules.Limit> limits = new EnumMap<>(RxType.class);
		jdbc.sql("select * from ph_rx_limit where region_code = any(:r) order by length(rtrim(region_code, '0'))")
			.param("r", regions.toArray(String[]::new))
			.query(rs -> {
				ReviewRules.Limit limit = new ReviewRules.Limit(rs.getInt("plain_days"), rs.getInt("reason_days"),
						rs.getInt("max_drugs"));
				RxType.ofCode(rs.getString("rx_type_code")).ifPresent(t -> limits.put(t, limit));
			});
		Map<String, ReviewRules.DrugRule> drugs = new LinkedHashMap<>();
		jdbc.sql("select * from ph_rx_drug_rule where region_code = any(:r) order by length(rtrim(region_code, '0'))")
			.param("r", regions.toArray(String[]::new))
			.query(rs -> {
				String f = rs.getString("frequencies");
				Set<String> frequencies = f == null || f.isBlank() ? Set.of()
						: Arrays.stream(f.split(",")).map(String::strip).collect(Collectors.toSet());
				drugs.put(rs.getString("drug_key"),
						new ReviewRules.DrugRule(rs.getString("drug_key"), rs.getString("name"),
								rs.getBigDecimal("min_single_dose"), rs.getBigDecimal("max_single_dose"),
								rs.getString("dose_unit"), frequencies, rs.getInt("antimicrobial_tier"),
								rs.getBigDecimal("ddd")));
			});
		Map<String, ReviewRules.Interaction> pairs = new LinkedHashMap<>();
		jdbc.sql("select * from ph_rx_interaction where region_code = any(:r) order by length(rtrim(region_code, '0'))")
			.param("r", regions.toArray(String[]::new))
			.query(rs -> {
				pairs.put(rs.getString("drug_a") + "|" + rs.getString("drug_b"),
						new ReviewRules.Interaction(rs.getString("drug_a"), rs.getString("drug_b"),
								rs.getString("severity"), rs.getBoolean("blocking"), rs.getString("advice")));
			});
		Map<String, ReviewRules.Contraindication> contra = new LinkedHashMap<>();
		jdbc.sql("""
				select * from ph_rx_contraindication where region_code = any(:r)
				order by length(rtrim(region_code, '0'))""").param("r", regions.toArray(String[]::new)).query(rs -> {
			contra.put(rs.getString("drug_key") + "|" + rs.getString("kind"),
					new ReviewRules.Contraindication(rs.getString("drug_key"), rs.getString("kind"),
							rs.getString("value"), rs.getBoolean("blocking"), rs.getString("advice")));
		});
		ReviewRules.NATIONAL.daysLimits().forEach(limits::putIfAbsent);
		return new ReviewRules(limits, List.copyOf(drugs.values()), List.copyOf(pairs.values()),
				List.copyOf(contra.values()));
	}

	/** The defaults, then the province, city, county… above and at the region. */
	static List<String> lineage(String region) {
		Set<String> codes = new HashSet<>();
		List<String> ordered = new java.util.ArrayList<>();
		ordered.add(DEFAULTS);
		codes.add(DEFAULTS);
		if (region != null && RegionCode.isWellFormed(region)) {
			for (RegionCode c : RegionCode.of(region).lineage()) {
				if (codes.add(c.value())) {
					ordered.add(c.value());
				}
			}
		}
		return ordered;
	}

}
