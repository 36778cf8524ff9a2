package org.sanyi.monitoring.engine;

import java.util.Set;

import org.sanyi.monitoring.engine.FactTotals.Selection;

/**
 * Groups of institutions an expression can narrow a data element to
 * ({@code #{ins.visit_count[institution=primary]}}: 基层诊疗量 counts only primary-care
 * institutions of the selection). Implemented over the registry.
 */
public interface InstitutionGroups {

	/** The group names expressions may use. */
	Set<String> names();

	/** The institutions of {@code where} that belong to {@code group}. */
	Selection narrow(Selection where, String group);

}
