package org.sanyi.supervision.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Audits a claim with a rule book at a stage: every rule that applies to the stage, the
 * claim's scene and the institution's level and type is evaluated; the violations come
 * back in rule order, then line order. Pure and thread-safe.
 */
public final class AuditEngine {

	private static final Map<RuleKind, Evaluator> EVALUATORS = new EnumMap<>(RuleKind.class);

	static {
		EVALUATORS.put(RuleKind.SEX, RestrictionRules::sex);
		EVALUATORS.put(RuleKind.AGE, RestrictionRules::age);
		EVALUATORS.put(RuleKind.CHILD, RestrictionRules::child);
		EVALUATORS.put(RuleKind.LEVEL, RestrictionRules::level);
		EVALUATORS.put(RuleKind.SCENE, RestrictionRules::scene);
		EVALUATORS.put(RuleKind.INDICATION, RestrictionRules::indication);
		EVALUATORS.put(RuleKind.MISSING_LINK, RestrictionRules::missingLink);
		EVALUATORS.put(RuleKind.DAYS_SUPPLIED, RestrictionRules::daysSupplied);
		EVALUATORS.put(RuleKind.PRICE, RestrictionRules::price);
		EVALUATORS.put(RuleKind.FREQUENCY, QuantityRules::frequency);
		EVALUATORS.put(RuleKind.COURSE, QuantityRules::course);
		EVALUATORS.put(RuleKind.DUPLICATE, ChargingRules::duplicate);
		EVALUATORS.put(RuleKind.BUNDLE_DUPLICATE, ChargingRules::bundleDuplicate);
		EVALUATORS.put(RuleKind.EXCLUSIVE, ChargingRules::exclusive);
		EVALUATORS.put(RuleKind.UNBUNDLING, ChargingRules::unbundling);
		EVALUATORS.put(RuleKind.SUBSTITUTION, ChargingRules::substitution);
		EVALUATORS.put(RuleKind.DEPARTMENT, RestrictionRules::department);
		EVALUATORS.put(RuleKind.MAX_AMOUNT, RestrictionRules::maxAmount);
		EVALUATORS.put(RuleKind.SPLIT_ADMISSION, StayRules::splitAdmission);
		EVALUATORS.put(RuleKind.BED_HOLDING, StayRules::bedHolding);
		EVALUATORS.put(RuleKind.LONG_STAY, StayRules::longStay);
		EVALUATORS.put(RuleKind.FREQUENT_PURCHASE, PurchaseRules::frequentPurchase);
		EVALUATORS.put(RuleKind.OVER_PURCHASE, PurchaseRules::overPurchase);
		EVALUATORS.put(RuleKind.AFTER_DEATH, PersonRules::afterDeath);
	}

	private AuditEngine() {
	}

	/** The violations of a claim under the book's rules that run at {@code stage}. */
	public static List<Violation> audit(RuleBook book, Claim claim, History history, Stage stage) {
		AuditInput in = AuditInput.of(claim, history, book.knowledge());
		Findings out = new Findings();
		for (Rule rule : book.rules()) {
			if (!rule.kind().population() && rule.appliesTo(stage, claim.scene(), claim.hospitalLevel(),
					claim.institutionType(), claim.insutype())) {
				EVALUATORS.get(rule.kind()).evaluate(rule, in, out);
			}
		}
		return out.violations();
	}

	/**
	 * The violations of one rule alone, whatever its stages, scenes, levels and types: to
	 * test a rule on a sample claim.
	 */
	public static List<Violation> test(Rule rule, KnowledgeBase knowledge, Claim claim, History history) {
		if (rule.kind().population()) {
			// a population rule needs the period's claims, not one sample claim
			return List.of();
		}
		Findings out = new Findings();
		EVALUATORS.get(rule.kind()).evaluate(rule, AuditInput.of(claim, history, knowledge), out);
		return out.violations();
	}

}
