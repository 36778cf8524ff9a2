package org.sanyi.supervision.rules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.sanyi.supervision.engine.KnowledgeBase;
import org.sanyi.supervision.engine.Rule;
import org.sanyi.supervision.engine.RuleBook;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The rule book in force for a region on a day, compiled once and kept in memory: the
 * approved rules version (the county's own, else the city's, else the province's) with
 * its enabled rules, and the knowledge-base version chosen the same way. 3101/3102 read
 * it on every call, so it is cached; an approval on this node forgets the cache at once,
 * other nodes see it within {@link #TTL_MILLIS}.
 */
@Component
public class RuleBooks {

	static final long TTL_MILLIS = 30_000;

	private final RuleRepository versions;

	private final Clock clock;

	private final Map<String, Cached> cache = new ConcurrentHashMap<>();

	private volatile Set<String> blockingRegions;

	RuleBooks(RuleRepository versions) {
		this.versions = versions;
		this.clock = Clock.systemUTC();
	}

	/**
	 * The rule book for a region (any code; its first six digits count) on a day; empty
	 * when no rules are in force.
	 */
	public Optional<RuleBook> forRegion(String region, LocalDate on) {
		String key = region.substring(0, 6) + '|' + on;
		long now = clock.millis();
		Cached cached = cache.get(key);
		if (cached == null || now - cached.loadedAt > TTL_MILLIS) {
			cached = new Cached(load(region.substring(0, 6), on), now);
			if (cache.size() > 10_000) {
				cache.clear();
			}
			cache.put(key, cached);
		}
		return cached.book;
	}

	/**
	 * The regions that have rules of their own in force on a day (the nightly audit's).
	 */
	public List<String> regionsWithRules(LocalDate on) {
		return versions.regionsWithRules(on);
	}

	/** Forgets every compiled book: after an approval or an import. */
	public void forget() {
		cache.clear();
		refreshBlockingRegions();
	}

	/**
	 * Whether a settlement in the region can be held back: an approved rules version of
	 * the region or of a region above it has a blocking rule. Known in memory (refreshed
	 * every {@link #TTL_MILLIS} in the background, and after an approval on this node),
	 * so that the settlement hot path pays a query only where holds are possible.
	 */
	public boolean mayHold(String region) {
		Set<String> regions = blockingRegions;
		if (regions == null) {
			regions = refreshBlockingRegions();
		}
		if (regions.isEmpty() || region == null || region.length() < 6) {
			return false;
		}
		for (String code : RuleService.lineage(region.substring(0, 6))) {
			if (regions.contains(code)) {
				return true;
			}
		}
		return false;
	}

	@EventListener(ApplicationReadyEvent.class)
	void ready() {
		refreshBlockingRegions();
	}

	/** Another node's approval reaches this one here. */
	@Scheduled(fixedDelay = TTL_MILLIS, initialDelay = TTL_MILLIS)
	void refresh() {
		refreshBlockingRegions();
	}

	private Set<String> refreshBlockingRegions() {
		Set<String> regions = Set.copyOf(versions.blockingRegions());
		blockingRegions = regions;
		return regions;
	}

	private Optional<RuleBook> load(String region, LocalDate on) {
		List<String> lineage = RuleService.lineage(region);
		return versions.inForce(VersionRow.RULES, lineage, on).map(rules -> {
			List<Rule> compiled = versions.rules(rules.id())
				.stream()
				.filter(RuleRow::enabled)
				.map(RuleMapping::rule)
				.toList();
			Optional<VersionRow> kb = versions.inForce(VersionRow.KNOWLEDGE, lineage, on);
			KnowledgeBase knowledge = kb.map(v -> RuleMapping.knowledge(versions.knowledge(v.id())))
				.orElse(KnowledgeBase.EMPTY);
			return new RuleBook(rules.id(), kb.map(VersionRow::id).orElse(0L), compiled, knowledge);
		});
	}

	private record Cached(Optional<RuleBook> book, long loadedAt) {
	}

}
