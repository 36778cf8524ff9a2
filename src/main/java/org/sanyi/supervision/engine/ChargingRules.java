package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sanyi.supervision.engine.KnowledgeBase.Bundle;
import org.sanyi.supervision.engine.KnowledgeBase.Substitution;

/**
 * 重复收费, 互斥项目, 分解收费 and 串换项目: how lines of one visit relate to each other and to the code
 * they carry.
 */
final class ChargingRules {

	private ChargingRules() {
	}

	/**
	 * The same service billed again on one day by the same doctor at the same price:
	 * every line after the first. Drugs and materials are left out (several packs of a
	 * drug on one day are ordinary).
	 */
	static void duplicate(Rule rule, AuditInput in, Findings out) {
		Set<SameService> seen = new HashSet<>();
		for (ClaimLine line : in.claim().lines()) {
			if (line.kind().drug() || line.kind() == ItemKind.MATERIAL) {
				continue;
			}
			if (!seen
				.add(new SameService(line.code(), line.date(), line.doctor(), line.price().stripTrailingZeros()))) {
				out.line(rule, in.claim(), line, line.amount(), "DUPLICATE", line.name(), line.date().toString());
			}
		}
	}

	/** A component billed on the same day as a bundle that includes it (项目内涵重复收费). */
	static void bundleDuplicate(Rule rule, AuditInput in, Findings out) {
		if (!in.kb().hasBundles() || !anyComponent(in)) {
			return;
		}
		Set<CodeOnDay> billed = codesByDay(in.claim().lines());
		for (ClaimLine line : in.claim().lines()) {
			for (Bundle bundle : in.kb().bundlesOf(line.code())) {
				if (billed.contains(new CodeOnDay(bundle.code(), line.date()))) {
					out.line(rule, in.claim(), line, line.amount(), "BUNDLE_DUPLICATE", line.name(), bundle.code());
					break;
				}
			}
		}
	}

	/** The later-listed of two mutually exclusive items billed on one day. */
	static void exclusive(Rule rule, AuditInput in, Findings out) {
		Set<CodeOnDay> before = null;
		for (ClaimLine line : in.claim().lines()) {
			Set<String> others = in.kb().exclusiveWith(line.code());
			if (others.isEmpty()) {
				continue;
			}
			if (before == null) {
				before = new HashSet<>();
			}
			for (String other : others) {
				if (before.contains(new CodeOnDay(other, line.date()))) {
					out.line(rule, in.claim(), line, line.amount(), "EXCLUSIVE", line.name(), other);
					break;
				}
			}
			before.add(new CodeOnDay(line.code(), line.date()));
		}
	}

	/**
	 * At least {@code min_components} components of a bundle billed separately on one day
	 * without the bundle: what they cost beyond the bundle's price is in question,
	 * attributed to the first of them.
	 */
	static void unbundling(Rule rule, AuditInput in, Findings out) {
		if (!in.kb().hasBundles() || !anyComponent(in)) {
			return;
		}
		int min = rule.intParameter("min_components");
		Set<CodeOnDay> billed = codesByDay(in.claim().lines());
		Map<CodeOnDay, Part> parts = new HashMap<>();
		for (ClaimLine line : in.claim().lines()) {
			for (Bundle bundle : in.kb().bundlesOf(line.code())) {
				CodeOnDay key = new CodeOnDay(bundle.code(), line.date());
				if (!billed.contains(key)) {
					Part part = parts.computeIfAbsent(key, k -> new Part(bundle, line));
					if (part.codes.add(line.code())) {
						part.sum = part.sum.add(line.amount());
					}
				}
			}
		}
		for (Part part : parts.values()) {
			BigDecimal beyond = part.sum.subtract(part.bundle.price());
			if (part.codes.size() >= Math.max(2, min) && beyond.signum() > 0) {
				out.line(rule, in.claim(), part.first, beyond, "UNBUNDLING", part.bundle.code(),
						String.valueOf(part.codes.size()));
			}
		}
	}

	/**
	 * A line whose hospital item name shows it is the cheaper item of a substitution
	 * entry.
	 */
	static void substitution(Rule rule, AuditInput in, Findings out) {
		for (ClaimLine line : in.claim().lines()) {
			List<Substitution> candidates = in.kb().substitutionsOf(line.code());
			if (candidates.isEmpty() || line.hospitalName() == null || line.hospitalName().isEmpty()) {
				continue;
			}
			String name = line.hospitalName().toLowerCase(Locale.ROOT);
			for (Substitution s : candidates) {
				if (name.contains(s.keyword().toLowerCase(Locale.ROOT))) {
					BigDecimal beyond = line.amount().subtract(s.actualPrice().multiply(line.quantity()));
					out.line(rule, in.claim(), line, beyond.max(BigDecimal.ZERO), "SUBSTITUTION", line.name(),
							line.hospitalName(), s.actualCode());
					break;
				}
			}
		}
	}

	private static Set<CodeOnDay> codesByDay(List<ClaimLine> lines) {
		Set<CodeOnDay> billed = new HashSet<>();
		for (ClaimLine line : lines) {
			billed.add(new CodeOnDay(line.code(), line.date()));
		}
		return billed;
	}

	private static boolean anyComponent(AuditInput in) {
		for (ClaimLine line : in.claim().lines()) {
			if (!in.kb().bundlesOf(line.code()).isEmpty()) {
				return true;
			}
		}
		return false;
	}

	private record CodeOnDay(String code, java.time.LocalDate day) {
	}

	private record SameService(String code, java.time.LocalDate day, String doctor, BigDecimal price) {
	}

	private static final class Part {

		final Bundle bundle;

		final ClaimLine first;

		final Set<String> codes = new HashSet<>();

		BigDecimal sum = BigDecimal.ZERO;

		Part(Bundle bundle, ClaimLine first) {
			this.bundle = bundle;
			this.first = first;
		}

	}

}
