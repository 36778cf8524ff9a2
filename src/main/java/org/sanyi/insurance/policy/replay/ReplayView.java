package org.sanyi.insurance.policy.replay;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.sanyi.insurance.policy.replay.engine.ReplayResult;
import org.sanyi.insurance.policy.replay.engine.ReplayResult.Dimension;
import org.sanyi.insurance.policy.replay.engine.ReplayResult.Figures;

/**
 * A run as the version's page shows it: its state and, when done, the figures of each
 * dimension with a readable name per group (险种, 医院等级, county name).
 *
 * @param job the run
 * @param total the year's figures ({@code null} until done)
 * @param schemes by scheme
 * @param levels by hospital level
 * @param counties by the people's county
 */
record ReplayView(ReplayJob job, Figures total, List<Row> schemes, List<Row> levels, List<Row> counties) {

	/** A group with its name. */
	record Row(String label, Figures figures) {
	}

	static ReplayView of(ReplayJob job, Function<String, String> scheme, Function<String, String> level,
			Function<String, String> county) {
		ReplayResult r = job.result();
		if (r == null) {
			return new ReplayView(job, null, List.of(), List.of(), List.of());
		}
		return new ReplayView(job, r.total(), rows(r, Dimension.SCHEME, scheme), rows(r, Dimension.LEVEL, level),
				rows(r, Dimension.COUNTY, county));
	}

	private static List<Row> rows(ReplayResult r, Dimension dimension, Function<String, String> label) {
		List<Row> rows = new ArrayList<>();
		for (Figures f : r.of(dimension)) {
			rows.add(new Row(label.apply(f.key()), f));
		}
		return rows;
	}

}
