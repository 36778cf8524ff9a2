package org.sanyi.drg;

/**
 * One step of a grouping explanation, already rendered in the caller's language.
 *
 * @param step 1-based position in the trace
 * @param key message key of the step (stable, e.g. {@code drg.trace.adrg.matched}), for
 * clients that render themselves
 * @param text the rendered sentence, code names added where the scheme has them
 * @param passed whether the step is a positive finding (a rule held, an MDC entered, a CC
 * counted)
 * @param essential whether the step belongs to the path that decided the result (entered
 * MDC, matched ADRG, CC/MCC, split, result) rather than to the rules that were tried and
 * failed
 */
public record DrgTraceLine(int step, String key, String text, boolean passed, boolean essential) {

}
