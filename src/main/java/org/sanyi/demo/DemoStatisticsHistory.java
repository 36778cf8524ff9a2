package org.sanyi.demo;

import java.time.YearMonth;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.demo.internal.StatisticsHistory;
import org.sanyi.registry.Region;
import org.sanyi.registry.Registry;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactHistory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo city's statistics history: 24 months of monthly aggregates for every
 * institution, ending with the demo year's last month (November 2024 to October 2026), at
 * a real 2.5-million-person city's volume ({@link StatisticsHistory}), imported through
 * the fact store as a region going live would import its old statistics system. Month by
 * month, each in its own transaction under its own key, in the background: the
 * application is up while it loads, the log and the facts page show the months imported,
 * and a restart continues with the months still missing. The sampled settlements of the
 * demo year are recorded history too and are not counted again; live settlements at the
 * gateway add to these figures.
 */
@Component
@Order(500)
class DemoStatisticsHistory implements DemoStep {

	private static final Logger log = LoggerFactory.getLogger(DemoStatisticsHistory.class);

	/** The demo year's last month: the history ends with it. */
	static final YearMonth LAST = YearMonth.of(2026, 10);

	private final Registry registry;

	private final FactHistory history;

	private final DemoProperties properties;

	private final int months;

	DemoStatisticsHistory(Registry registry, FactHistory history, DemoProperties properties,
			@Value("${sanyi.demo.statistics-history.months:24}") int months) {
		this.registry = registry;
		this.history = history;
		this.properties = properties;
		this.months = months;
	}

	@Override
	public String name() {
		return "statistics history (" + months + " months, importing in the background)";
	}

	@Override
	public boolean run() {
		if (months <= 0) {
			return false;
		}
		StatisticsHistory generator = generator();
		List<YearMonth> missing = generator.months()
			.stream()
			.filter(m -> !history.imported(StatisticsHistory.key(m)))
			.toList();
		if (missing.isEmpty()) {
			return false;
		}
		Thread.ofVirtual().name("demo-statistics-history").start(() -> load(generator, missing));
		return true;
	}

	StatisticsHistory generator() {
		List<String> counties = registry.children(DemoRegionGenerator.CITY_CODE).stream().map(Region::code).toList();
		return new StatisticsHistory(registry.institutionsUnderRegion(DemoRegionGenerator.CITY_CODE), counties,
				properties.seed(), LAST.minusMonths(months - 1L), months);
	}

	private void load(StatisticsHistory generator, List<YearMonth> missing) {
		long start = System.nanoTime();
		long facts = 0;
		int done = 0;
		try {
			for (YearMonth month : missing) {
				List<Fact> monthFacts = generator.month(month);
				history.importReport(StatisticsHistory.key(month), StatisticsHistory.SOURCE, monthFacts);
				facts += monthFacts.size();
				done++;
				log.info("Demo statistics history: {} imported ({} of {} months, {} facts so far)", month, done,
						missing.size(), facts);
			}
			log.info("Demo statistics history: {} months, {} facts in {} ms", done, facts,
					(System.nanoTime() - start) / 1_000_000);
		}
		catch (RuntimeException ex) {
			// a stop while loading leaves the month in hand rolled back: the next start
			// imports it
			log.warn("Demo statistics history stopped after {} of {} months: {}", done, missing.size(), ex.toString());
		}
	}

}
