package org.sanyi.insurance.policy.replay.engine;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.policy.replay.engine.PolicyReplay.Replayed;
import org.sanyi.insurance.policy.replay.engine.ReplayResult.Dimension;
import org.sanyi.insurance.policy.replay.engine.ReplayResult.Figures;

/**
 * Sums replayed settlements into the report's groups, person by person (a person is
 * counted once per group, as affected when one of their settlements in it pays
 * differently). Not thread-safe: each worker keeps its own and they are {@link #merge
 * merged}.
 */
public final class ReplayTotals {

	private final Map<Group, Sums> groups = new HashMap<>();

	private long settlements;

	private long changed;

	/** Adds one person's replayed year; reversed settlements do not count. */
	public void addPerson(List<Replayed> year) {
		Map<Group, Boolean> touched = new HashMap<>();
		for (Replayed r : year) {
			if (!r.standing()) {
				continue;
			}
			boolean differs = r.changed();
			settlements++;
			if (differs) {
				changed++;
			}
			RecordedSettlement.Where where = r.recorded().where();
			for (Group group : List.of(new Group(Dimension.TOTAL, ""), new Group(Dimension.SCHEME, where.scheme()),
					new Group(Dimension.LEVEL, where.hospitalLevel()), new Group(Dimension.COUNTY, where.county()))) {
				groups.computeIfAbsent(group, g -> new Sums()).add(r);
				touched.merge(group, differs, Boolean::logicalOr);
			}
		}
		touched.forEach((group, affected) -> {
			Sums sums = groups.get(group);
			sums.people++;
			if (affected) {
				sums.affected++;
			}
		});
	}

	/** Adds another worker's totals to these. */
	public void merge(ReplayTotals other) {
		settlements += other.settlements;
		changed += other.changed;
		other.groups.forEach((group, sums) -> groups.computeIfAbsent(group, g -> new Sums()).merge(sums));
	}

	public long settlements() {
		return settlements;
	}

	public ReplayResult result(String policyCode, int year) {
		List<Figures> figures = new ArrayList<>();
		groups.forEach((g, s) -> figures.add(new Figures(g.dimension(), g.key(), s.settlements, s.people, s.affected,
				s.fundBefore, s.fundAfter, s.oopBefore, s.oopAfter)));
		figures.sort(Comparator.comparing(Figures::dimension).thenComparing(Figures::key));
		return new ReplayResult(policyCode, year, settlements, changed, 0, figures);
	}

	private record Group(Dimension dimension, String key) {

		Group {
			key = key == null ? "" : key;
		}

	}

	private static final class Sums {

		long settlements;

		long people;

		long affected;

		BigDecimal fundBefore = BigDecimal.ZERO.setScale(2);

		BigDecimal fundAfter = BigDecimal.ZERO.setScale(2);

		BigDecimal oopBefore = BigDecimal.ZERO.setScale(2);

		BigDecimal oopAfter = BigDecimal.ZERO.setScale(2);

		void add(Replayed r) {
			settlements++;
			fundBefore = fundBefore.add(r.recorded().recorded().fundTotal().amount());
			fundAfter = fundAfter.add(r.replayed().fundTotal().amount());
			oopBefore = oopBefore.add(r.recorded().recorded().personalPart().amount());
			oopAfter = oopAfter.add(r.replayed().personalPart().amount());
		}

		void merge(Sums o) {
			settlements += o.settlements;
			people += o.people;
			affected += o.affected;
			fundBefore = fundBefore.add(o.fundBefore);
			fundAfter = fundAfter.add(o.fundAfter);
			oopBefore = oopBefore.add(o.oopBefore);
			oopAfter = oopAfter.add(o.oopAfter);
		}

	}

}
