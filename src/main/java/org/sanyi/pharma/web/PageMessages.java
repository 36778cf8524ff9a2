package org.sanyi.pharma.web;

import java.util.List;

import org.sanyi.pharma.ImportProblem;
import org.sanyi.shared.BusinessException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refused write as the pages show it: the code and its message in the user's language.
 */
@Component
public class PageMessages {

	private final MessageSource messages;

	PageMessages(MessageSource messages) {
		this.messages = messages;
	}

	public String of(BusinessException ex) {
		return ex.error().code() + " "
				+ messages.getMessage(ex.error().messageKey(), ex.args(), LocaleContextHolder.getLocale());
	}

	public String text(String key, Object... args) {
		return messages.getMessage(key, args, LocaleContextHolder.getLocale());
	}

	/** The refused lines of an import as the pages list them. */
	List<DemandPages.Problem> problems(List<ImportProblem> problems) {
		return problems.stream().map(p -> new DemandPages.Problem(p.line(), p.column(), of(p.error()))).toList();
	}

}
