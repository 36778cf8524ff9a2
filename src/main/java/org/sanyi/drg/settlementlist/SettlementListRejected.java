package org.sanyi.drg.settlementlist;

import java.util.List;

import org.sanyi.drg.DrgErrors;
import org.sanyi.shared.BusinessException;

/**
 * {@link DrgErrors#SETL_LIST_INVALID}: every problem of a settlement list at once, each
 * with the field it concerns (the national field name, e.g. {@code setlinfo.dscg_time} or
 * {@code diseinfo[1].diag_code}).
 */
class SettlementListRejected extends BusinessException {

	/** One problem: the field and the rendered text. */
	public record FieldError(String field, String problem) {

		@Override
		public String toString() {
			return field + "：" + problem;
		}

	}

	private final transient List<FieldError> errors;

	SettlementListRejected(List<FieldError> errors) {
		super(DrgErrors.SETL_LIST_INVALID, errors.size(),
				String.join("；", errors.stream().map(FieldError::toString).toList()));
		this.errors = List.copyOf(errors);
	}

	public List<FieldError> errors() {
		return errors;
	}

}
