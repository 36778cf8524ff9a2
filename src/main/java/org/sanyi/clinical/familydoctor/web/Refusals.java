package org.sanyi.clinical.familydoctor.web;

import org.sanyi.clinical.familydoctor.FamilyDoctorErrors;
import org.sanyi.shared.BusinessException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * A refusal of the module as the page shows it: code and message in the user's language.
 */
final class Refusals {

	private Refusals() {
	}

	/** The text of a family-doctor refusal; any other error is thrown on. */
	static String text(BusinessException ex, MessageSource messages) {
		if (!(ex.error() instanceof FamilyDoctorErrors)) {
			throw ex;
		}
		return ex.error().code() + " " + messages.getMessage(ex.error().messageKey(), ex.args(), ex.error().code(),
				LocaleContextHolder.getLocale());
	}

}
