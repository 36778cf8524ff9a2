package org.sanyi.supervision.engine;

/** Checks one kind of rule on one claim. */
@FunctionalInterface
interface Evaluator {

	void evaluate(Rule rule, AuditInput in, Findings out);

}
