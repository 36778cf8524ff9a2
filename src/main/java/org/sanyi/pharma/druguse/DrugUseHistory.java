package org.sanyi.pharma.druguse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.sanyi.insurance.SettledClaims;
import org.sanyi.insurance.SettledClaims.Claim;
import org.sanyi.pharma.engine.Antimicrobials.VisitUse;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports the drug use of settlements recorded in bulk (a region's history loaded without
 * the gateway, which raises no live events): each month once, one report of the month's
 * facts summed per element, institution and day, key
 * {@code pharma:druguse:history:<region>:<month>}. Inpatient settlements counted live are
 * left out; so are designated pharmacies (a pharmacy's sale is not a hospital's
 * prescription). Every outpatient visit not counted live is also a visit of 门诊患者抗菌药物使用率
 * (with or without drugs; with a systemic antibacterial or not), added to the
 * institution's day.
 */
@Service
public class DrugUseHistory {

	private static final int PAGE = 1_000;

	private final SettledClaims claims;

	private final SettledDrugUse drugUse;

	private final DrugUseRepository counted;

	private final Registry registry;

	private final ApplicationEventPublisher events;

	DrugUseHistory(SettledClaims claims, SettledDrugUse drugUse, DrugUseRepository counted, Registry registry,
			ApplicationEventPublisher events) {
		this.claims = claims;
		this.drugUse = drugUse;
		this.counted = counted;
		this.registry = registry;
		this.events = events;
	}

	/**
	 * Reports the month unless it was reported; the visits it counted, or -1. A month
	 * reported before the outpatient visits were counted (pharma V36) reports its visits
	 * alone, once (key {@code pharma:druguse:visits:<region>:<month>}).
	 */
	@Transactional
	public int report(String regionPrefix, YearMonth month) {
		LocalDate first = month.atDay(1);
		Optional<Boolean> reported = counted.historyReported(regionPrefix, first);
		if (reported.isPresent() && reported.get()) {
			return -1;
		}
		boolean visitsOnly = reported.isPresent();
		SettledDrugUse.Lookup lookup = drugUse.lookup();
		Map<String, Boolean> pharmacies = new HashMap<>();
		Map<String, BigDecimal> sums = new LinkedHashMap<>();
		Map<VisitDay, int[]> days = new LinkedHashMap<>();
		int visits = 0;
		SettledClaims.Key after = null;
		while (true) {
			List<Claim> page = claims.settled(regionPrefix, first, month.atEndOfMonth(), after, PAGE);
			if (page.isEmpty()) {
				break;
			}
			Set<String> live = counted.countedOf(page.stream().map(Claim::settlementId).toList());
			for (Claim c : page) {
				List<Fact> facts = new ArrayList<>(visitsOnly ? List.of() : facts(c, lookup, live, pharmacies));
				visits += facts.isEmpty() ? 0 : 1;
				if (SettledDrugUse.outpatient(c.medType()) && !live.contains(c.settlementId())
						&& !pharmacies.computeIfAbsent(c.institutionCode(), this::isPharmacy)) {
					boolean emergency = SettledDrugUse.emergency(c.medType());
					boolean antibacterial = lookup.antibacterial(c);
					facts.addAll(
							SettledDrugUse.visitFacts(c.institutionCode(), c.settled(), emergency, antibacterial, 1));
					int[] n = days.computeIfAbsent(
							new VisitDay(c.institutionCode(), c.institutionRegion(), c.settled(), emergency),
							k -> new int[2]);
					n[0]++;
					n[1] += antibacterial ? 1 : 0;
				}
				for (Fact f : facts) {
					sums.merge(f.element() + "|" + f.institution() + "|" + f.day(), f.value(), BigDecimal::add);
				}
			}
			after = page.getLast().key();
		}
		boolean claimed = visitsOnly ? counted.claimHistoryVisits(regionPrefix, first)
				: counted.claimHistory(regionPrefix, first, visits);
		if (!claimed) {
			return -1;
		}
		days.forEach((d, n) -> counted.addVisits(d.institution(), d.region(), d.day(), d.emergency(), n[0], n[1]));
		List<Fact> facts = new ArrayList<>();
		sums.forEach((k, v) -> {
			String[] p = k.split("\\|");
			facts.add(Fact.of(p[0], p[1], LocalDate.parse(p[2]), v));
		});
		if (!facts.isEmpty()) {
			String key = (visitsOnly ? "pharma:druguse:visits:" : "pharma:druguse:history:") + regionPrefix + ":"
					+ month;
			events.publishEvent(new FactsReported(key, "pharma", facts));
		}
		return visits;
	}

	/** An institution's day of outpatient or emergency visits. */
	private record VisitDay(String institution, String region, LocalDate day, boolean emergency) {
	}

	private List<Fact> facts(Claim c, SettledDrugUse.Lookup lookup, Set<String> live, Map<String, Boolean> pharmacies) {
		if (pharmacies.computeIfAbsent(c.institutionCode(), this::isPharmacy)) {
			return List.of();
		}
		if (SettledDrugUse.inpatient(c.medType())) {
			if (live.contains(c.settlementId())) {
				return List.of();
			}
			VisitUse use = lookup.use(c);
			return SettledDrugUse.inpatientFacts(c.institutionCode(), c.settled(), true,
					SettledDrugUse.patientDays(c.admission(), c.discharge()), use);
		}
		return SettledDrugUse.outpatientFacts(c.institutionCode(), c.settled(), c.medType(), lookup.use(c));
	}

	private boolean isPharmacy(String code) {
		Optional<Institution> i = registry.institution(code);
		return i.map(x -> x.kind() == Institution.Kind.PHARMACY).orElse(false);
	}

}
