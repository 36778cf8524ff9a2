package org.sanyi.supervision.engine;

import java.util.List;

/**
 * The rules and the knowledge base in force for a region on a day, as one immutable value
 * the engine audits with.
 *
 * @param rulesVersion id of the rules version (0 when not stored)
 * @param knowledgeVersion id of the knowledge-base version (0 when not stored)
 * @param rules the rules
 * @param knowledge the knowledge base
 */
public record RuleBook(long rulesVersion, long knowledgeVersion, List<Rule> rules, KnowledgeBase knowledge) {

	public RuleBook {
		rules = List.copyOf(rules);
	}

	/**
	 * The same book with only the rules named (all of them when none is named); the rule
	 * ids not in the book.
	 */
	public RuleBook only(java.util.Set<String> ruleIds) {
		if (ruleIds.isEmpty()) {
			return this;
		}
		return new RuleBook(rulesVersion, knowledgeVersion,
				rules.stream().filter(r -> ruleIds.contains(r.ruleId())).toList(), knowledge);
	}

	public static final RuleBook EMPTY = new RuleBook(0, 0, List.of(), KnowledgeBase.EMPTY);

}
