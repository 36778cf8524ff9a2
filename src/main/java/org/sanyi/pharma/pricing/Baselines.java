package org.sanyi.pharma.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanyi.insurance.SettledClaims;
import org.sanyi.insurance.SettledClaims.Claim;
import org.sanyi.insurance.SettledClaims.Line;
import org.sanyi.pharma.engine.PriceReform;
import org.sanyi.pharma.procurement.RoundRow;
import org.sanyi.pharma.procurement.Rounds;
import org.sanyi.pharma.progress.ProgressRow;
import org.sanyi.pharma.progress.RoundProgress;
import org.sanyi.security.DataScope;

import org.springframework.stereotype.Component;

/**
 * A region's baseline year for 腾笼换鸟: the fee lines of the settlements in force of its
 * institutions (insurance's {@link SettledClaims}), summed per institution and item with
 * their charge type, and each institution's 集采 savings from this module's rounds (each
 * round's cycle that contains the baseline's last day, up to that day).
 */
@Component
class Baselines {

	private static final int PAGE = 1_000;

	private final SettledClaims claims;

	private final Rounds rounds;

	private final RoundProgress progress;

	Baselines(SettledClaims claims, Rounds rounds, RoundProgress progress) {
		this.claims = claims;
		this.rounds = rounds;
		this.progress = progress;
	}

	List<PriceReform.Institution> of(String region, LocalDate from, LocalDate to) {
		String prefix = org.sanyi.shared.RegionCode.of(region).prefix();
		Map<String, Map<String, BigDecimal[]>> items = new TreeMap<>();
		Map<String, String> types = new HashMap<>();
		Map<String, String> counties = new HashMap<>();
		SettledClaims.Key after = null;
		List<Claim> page;
		do {
			page = claims.settled(prefix, from, to, after, PAGE);
			for (Claim claim : page) {
				counties.putIfAbsent(claim.institutionCode(), county(claim.institutionRegion()));
				Map<String, BigDecimal[]> mine = items.computeIfAbsent(claim.institutionCode(), c -> new TreeMap<>());
				for (Line line : claim.lines()) {
					BigDecimal[] sums = mine.computeIfAbsent(line.code(),
							c -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
					sums[0] = sums[0].add(line.quantity());
					sums[1] = sums[1].add(line.amount());
					types.putIfAbsent(line.code(), line.chargeType() == null ? "14" : line.chargeType());
				}
				after = claim.key();
			}
		}
		while (page.size() == PAGE);
		Map<String, BigDecimal> savings = savings(region, to);
		List<PriceReform.Institution> institutions = new ArrayList<>();
		items.forEach((code, byItem) -> {
			List<PriceReform.ItemVolume> volumes = new ArrayList<>();
			byItem.forEach((item, sums) -> volumes.add(new PriceReform.ItemVolume(item, types.get(item), sums[0],
					sums[1].setScale(2, java.math.RoundingMode.HALF_UP))));
			institutions.add(new PriceReform.Institution(code, counties.get(code), volumes,
					savings.getOrDefault(code, BigDecimal.ZERO)));
		});
		return institutions;
	}

	/**
	 * 集采 savings per institution of the rounds of the region that had started by
	 * {@code day}.
	 */
	private Map<String, BigDecimal> savings(String region, LocalDate day) {
		DataScope scope = DataScope.region(region);
		Map<String, BigDecimal> savings = new HashMap<>();
		for (RoundRow round : rounds.visible(scope)) {
			if (round.startDate().isAfter(day)) {
				continue;
			}
			for (ProgressRow row : progress.report(round, day, RoundProgress.GroupBy.INSTITUTION, scope).rows()) {
				if (row.savings() != null) {
					savings.merge(row.key(), row.savings(), BigDecimal::add);
				}
			}
		}
		return savings;
	}

	private static String county(String region) {
		return region == null || region.length() < 6 ? "" : region.substring(0, 6);
	}

}
