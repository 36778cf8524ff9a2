package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** Collects the violations of one audit; evaluators add hits through it. */
final class Findings {

	private final List<Violation> violations = new ArrayList<>();

	void line(Rule rule, Claim claim, ClaimLine line, BigDecimal amount, String reason, String... args) {
		violations
			.add(new Violation(rule.ruleId(), rule.name(), rule.kind(), rule.result(), rule.severity(), claim.visitId(),
					line.lineId(), line.code(), "supervision.reason." + reason, List.of(args), money(amount)));
	}

	void visit(Rule rule, Claim claim, BigDecimal amount, String reason, String... args) {
		violations
			.add(new Violation(rule.ruleId(), rule.name(), rule.kind(), rule.result(), rule.severity(), claim.visitId(),
					null, claim.mainDiagnosis(), "supervision.reason." + reason, List.of(args), money(amount)));
	}

	List<Violation> violations() {
		return violations;
	}

	/** Amounts in question are yuan at scale 2, rounded half up once, at the end. */
	static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

}
