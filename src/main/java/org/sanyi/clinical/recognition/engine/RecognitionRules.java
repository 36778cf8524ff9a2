package org.sanyi.clinical.recognition.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a result may be reused for an order (检查检验结果互认), after 国卫医发〔2022〕6号 and the
 * provincial lists: the item is on the list; the result is within the item's window (days
 * since the specimen or study, counted in the platform zone's days); the performing
 * institution had a passed quality assessment of the kind (external quality assessment
 * for laboratories, imaging QC) valid on the result's day; it lies within the item's
 * scope (the province or city by region-code prefix, or an alliance the ordering
 * institution belongs to); and its level is at least the item's. Pure.
 */
public final class RecognitionRules {

	private RecognitionRules() {
	}

	public enum Kind {

		LAB, IMAGING

	}

	public enum Scope {

		PROVINCE, CITY, ALLIANCE

	}

	/** Why a result is not offered. */
	public enum Exclusion {

		/** older than the item's window */
		EXPIRED,
		/** no passed quality assessment valid on the result's day */
		NOT_ASSESSED,
		/** outside the item's province, city or the orderer's alliances */
		OUT_OF_SCOPE,
		/** the performing institution's level is below the item's */
		LEVEL_TOO_LOW

	}

	/** A recognisable item: its window in days, scope and lowest institution level. */
	public record Item(String code, Kind kind, int windowDays, Scope scope, String scopeCode, int minLevel) {
	}

	/** A stored result with what the rules need of the institution that made it. */
	public record Candidate(String reference, Instant at, String institution, int level, String regionCode,
			Set<String> alliances) {
	}

	/** A quality assessment of an institution. */
	public record Assessment(String institution, Kind kind, boolean passed, LocalDate assessedOn,
			LocalDate validUntil) {

		boolean covers(LocalDate day) {
			return passed && !day.isBefore(assessedOn) && !day.isAfter(validUntil);
		}

	}

	/** Why the candidate may not be reused now, or empty when it may. */
	public static Optional<Exclusion> exclusion(Item item, Candidate c, List<Assessment> assessments,
			Set<String> ordererAlliances, Instant now, ZoneId zone) {
		LocalDate day = c.at().atZone(zone).toLocalDate();
		LocalDate today = now.atZone(zone).toLocalDate();
		if (day.plusDays(item.windowDays()).isBefore(today)) {
			return Optional.of(Exclusion.EXPIRED);
		}
		boolean assessed = assessments.stream()
			.anyMatch(a -> a.institution().equals(c.institution()) && a.kind() == item.kind() && a.covers(day));
		if (!assessed) {
			return Optional.of(Exclusion.NOT_ASSESSED);
		}
		boolean inScope = switch (item.scope()) {
			case PROVINCE, CITY ->
				c.regionCode() != null && item.scopeCode() != null && c.regionCode().startsWith(item.scopeCode());
			case ALLIANCE -> c.alliances().stream().anyMatch(ordererAlliances::contains);
		};
		if (!inScope) {
			return Optional.of(Exclusion.OUT_OF_SCOPE);
		}
		if (c.level() < item.minLevel()) {
			return Optional.of(Exclusion.LEVEL_TOO_LOW);
		}
		return Optional.empty();
	}

	/** The candidates that may be reused, in the order given (newest first). */
	public static List<Candidate> reusable(Item item, List<Candidate> candidates, List<Assessment> assessments,
			Set<String> ordererAlliances, Instant now, ZoneId zone) {
		return candidates.stream()
			.filter(c -> exclusion(item, c, assessments, ordererAlliances, now, zone).isEmpty())
			.toList();
	}

}
