package org.sanyi.drg.grouper;

/**
 * The compiled, array-based rule structure walked by {@link DrgGrouper}; built once by
 * {@link SchemeCompiler}.
 */
final class CompiledScheme {

	private CompiledScheme() {
	}

	/**
	 * One compiled clause. Only the fields its op needs are set.
	 *
	 * @param listId id of the code list in the diagnosis or procedure space
	 * @param labelByCode for {@code trauma_regions_ge} / {@code proc_groups}: bit index
	 * of the code's region or group label in this list, indexed by {@link Code#id()}, -1
	 * when unlabelled
	 * @param dnfMasks for {@code proc_groups}: one bit mask of required labels per DNF
	 * term
	 * @param labels label text by bit index, for the trace
	 */
	record Clause(ClauseOp op, String list, int listId, String text, int number, int[] labelByCode, int[] dnfMasks,
			String[] labels) {
	}

	record Split(String drg, SplitCondition when) {
	}

	record Adrg(String code, String label, Clause[] match, Split[] splits) {
	}

	/**
	 * @param qyPosition index in {@code adrgs} before which the QY checkpoint runs, -1
	 * when disabled
	 */
	record Mdc(String code, Clause[] entry, Adrg[] adrgs, int qyPosition, Clause[] qyWhen, String qyResult) {
	}

}
