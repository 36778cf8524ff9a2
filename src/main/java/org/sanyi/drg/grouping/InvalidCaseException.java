package org.sanyi.drg.grouping;

import java.util.List;

import org.sanyi.drg.DrgErrors;
import org.sanyi.shared.BusinessException;

/**
 * {@link DrgErrors#CASE_INVALID} with each problem rendered on its own, so that a page
 * can list them next to the form and a REST client gets them as an array besides the
 * joined message.
 */
public class InvalidCaseException extends BusinessException {

	private final transient List<String> problems;

	InvalidCaseException(List<String> problems) {
		super(DrgErrors.CASE_INVALID, String.join("；", problems));
		this.problems = List.copyOf(problems);
	}

	public List<String> problems() {
		return problems;
	}

}
