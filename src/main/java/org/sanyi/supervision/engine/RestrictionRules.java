package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules that compare one line with its code's restrictions (超支付范围, 超支付标准 of the
 * template): sex, age, children only, hospital level, scene, indication, the item it
 * needs, days supplied and price.
 */
final class RestrictionRules {

	private RestrictionRules() {
	}

	static void sex(Rule rule, AuditInput in, Findings out) {
		Sex patient = in.claim().sex();
		if (patient == Sex.UNKNOWN) {
			return;
		}
		forEachRestricted(in, (line, r) -> {
			if (r.sex() != null && r.sex() != Sex.UNKNOWN && r.sex() != patient) {
				out.line(rule, in.claim(), line, line.amount(), "SEX." + r.sex().name(), line.name());
			}
		});
	}

	static void age(Rule rule, AuditInput in, Findings out) {
		int age = in.age();
		if (age < 0) {
			return;
		}
		forEachRestricted(in, (line, r) -> {
			if (r.minAge() != null && age < r.minAge() || r.maxAge() != null && age > r.maxAge()) {
				out.line(rule, in.claim(), line, line.amount(), "AGE", line.name(), band(r), String.valueOf(age));
			}
		});
	}

	static void child(Rule rule, AuditInput in, Findings out) {
		int age = in.age();
		int max = rule.intParameter("max_age");
		if (age < 0 || age < max) {
			return;
		}
		forEachRestricted(in, (line, r) -> {
			if (r.childOnly()) {
				out.line(rule, in.claim(), line, line.amount(), "CHILD", line.name(), String.valueOf(max),
						String.valueOf(age));
			}
		});
	}

	static void level(Rule rule, AuditInput in, Findings out) {
		int level = in.claim().hospitalLevel();
		forEachRestricted(in, (line, r) -> {
			if (r.minLevel() != null && level < r.minLevel()) {
				out.line(rule, in.claim(), line, line.amount(), "LEVEL", line.name(), String.valueOf(r.minLevel()),
						String.valueOf(level));
			}
		});
	}

	static void scene(Rule rule, AuditInput in, Findings out) {
		Scene scene = in.claim().scene();
		forEachRestricted(in, (line, r) -> {
			if (!r.scenes().isEmpty() && !r.scenes().contains(scene)) {
				out.line(rule, in.claim(), line, line.amount(), "SCENE." + scene.name(), line.name());
			}
		});
	}

	static void indication(Rule rule, AuditInput in, Findings out) {
		List<String> diagnoses = in.claim().diagnoses();
		forEachRestricted(in, (line, r) -> {
			if (!r.indications().isEmpty() && !r.indicated(diagnoses)) {
				out.line(rule, in.claim(), line, line.amount(), "INDICATION", line.name(),
						String.join("、", r.indications()));
			}
		});
	}

	static void missingLink(Rule rule, AuditInput in, Findings out) {
		Set<String> billed = null;
		List<ClaimLine> lines = in.claim().lines();
		for (int i = 0; i < lines.size(); i++) {
			Restriction r = in.restrictions()[i];
			if (r == null || r.requires().isEmpty()) {
				continue;
			}
			if (billed == null) {
				billed = new HashSet<>();
				for (ClaimLine line : lines) {
					billed.add(line.code());
				}
			}
			if (r.requires().stream().noneMatch(billed::contains)) {
				ClaimLine line = lines.get(i);
				out.line(rule, in.claim(), line, line.amount(), "MISSING_LINK", line.name(),
						String.join("、", r.requires()));
			}
		}
	}

	static void daysSupplied(Rule rule, AuditInput in, Findings out) {
		int defaultMax = rule.intParameter("max_days");
		int chronicMax = rule.intParameter("chronic_max_days");
		for (ClaimLine line : in.claim().lines()) {
			if (line.kind().drug() && line.daysSupplied() > 0) {
				Restriction r = in.kb().restriction(line.code());
				int usual = r != null && r.maxDays() != null ? r.maxDays() : defaultMax;
				// 长处方: a chronic patient's visit may supply up to the long limit
				int max = in.claim().chronic() ? Math.max(usual, chronicMax) : usual;
				if (line.daysSupplied() > max) {
					// the share of the supply beyond the limit is what is in question
					BigDecimal excess = line.amount()
						.multiply(BigDecimal.valueOf(line.daysSupplied() - max))
						.divide(BigDecimal.valueOf(line.daysSupplied()), 6, java.math.RoundingMode.HALF_UP);
					out.line(rule, in.claim(), line, excess, "DAYS_SUPPLIED", line.name(),
							String.valueOf(line.daysSupplied()), String.valueOf(max));
				}
			}
		}
	}

	static void price(Rule rule, AuditInput in, Findings out) {
		forEachRestricted(in, (line, r) -> {
			if (r.priceCap() != null && line.price().compareTo(r.priceCap()) > 0) {
				out.line(rule, in.claim(), line, line.price().subtract(r.priceCap()).multiply(line.quantity()), "PRICE",
						line.name(), line.price().stripTrailingZeros().toPlainString(),
						r.priceCap().stripTrailingZeros().toPlainString());
			}
		});
	}

	/** 限科室: an item billed by a department its restriction does not name. */
	static void department(Rule rule, AuditInput in, Findings out) {
		forEachRestricted(in, (line, r) -> {
			if (!r.billableBy(line.department())) {
				out.line(rule, in.claim(), line, line.amount(), "DEPARTMENT", line.name(), line.department(),
						String.join("、", r.departments()));
			}
		});
	}

	/**
	 * 超限定金额: what a visit billed of a code beyond its most; the excess is questioned on
	 * the code's last line.
	 */
	static void maxAmount(Rule rule, AuditInput in, Findings out) {
		List<ClaimLine> lines = in.claim().lines();
		Restriction[] restrictions = in.restrictions();
		java.util.Map<String, BigDecimal> billed = null;
		java.util.Map<String, ClaimLine> last = null;
		for (int i = 0; i < restrictions.length; i++) {
			Restriction r = restrictions[i];
			if (r == null || r.maxAmount() == null) {
				continue;
			}
			if (billed == null) {
				billed = new java.util.LinkedHashMap<>();
				last = new java.util.HashMap<>();
			}
			ClaimLine line = lines.get(i);
			billed.merge(line.code(), line.amount(), BigDecimal::add);
			last.put(line.code(), line);
		}
		if (billed == null) {
			return;
		}
		for (java.util.Map.Entry<String, BigDecimal> e : billed.entrySet()) {
			ClaimLine line = last.get(e.getKey());
			BigDecimal max = in.kb().restriction(e.getKey()).maxAmount();
			if (e.getValue().compareTo(max) > 0) {
				out.line(rule, in.claim(), line, e.getValue().subtract(max), "MAX_AMOUNT", line.name(),
						e.getValue().setScale(2, java.math.RoundingMode.HALF_UP).toPlainString(),
						max.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString());
			}
		}
	}

	private static String band(Restriction r) {
		return (r.minAge() == null ? "0" : r.minAge().toString()) + "–"
				+ (r.maxAge() == null ? "" : r.maxAge().toString());
	}

	private static void forEachRestricted(AuditInput in, LineCheck check) {
		List<ClaimLine> lines = in.claim().lines();
		Restriction[] restrictions = in.restrictions();
		for (int i = 0; i < restrictions.length; i++) {
			if (restrictions[i] != null) {
				check.check(lines.get(i), restrictions[i]);
			}
		}
	}

	@FunctionalInterface
	private interface LineCheck {

		void check(ClaimLine line, Restriction restriction);

	}

}
