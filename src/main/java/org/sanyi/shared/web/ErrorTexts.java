package org.sanyi.shared.web;

import java.util.Set;

import org.sanyi.shared.BusinessException;
import org.sanyi.shared.ErrorCode;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A refusal as a page shows it beside its form: the error's code and its message in the
 * user's language ("AP-0007 该时段号源已约满"). Pages that catch a {@link BusinessException} to
 * show it, rather than leave it to the error page, format it here.
 */
@Component
public class ErrorTexts {

	private final MessageSource messages;

	ErrorTexts(MessageSource messages) {
		this.messages = messages;
	}

	/** The code and the message of a refusal. */
	public String of(BusinessException ex) {
		return ex.error().code() + " " + messages.getMessage(ex.error().messageKey(), ex.args(), ex.error().code(),
				LocaleContextHolder.getLocale());
	}

	/**
	 * Runs a write; a refusal becomes the flash attribute {@code error} of the page
	 * redirected to, except the errors named, which go on to the error page (an unknown
	 * id is a 404, not a remark beside a form).
	 */
	public void flash(RedirectAttributes redirect, Runnable write, ErrorCode... thrownOn) {
		try {
			write.run();
		}
		catch (BusinessException ex) {
			if (Set.of(thrownOn).contains(ex.error())) {
				throw ex;
			}
			redirect.addFlashAttribute("error", of(ex));
		}
	}

}
