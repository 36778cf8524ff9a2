package org.sanyi.shared.web;

import org.sanyi.shared.BusinessException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** A business error on a page shows the error page with its code and message instead of a stack trace. */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

	private final MessageSource messages;

	PageExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BusinessException.class)
	ModelAndView business(BusinessException ex) {
		var mav = new ModelAndView("error");
		mav.setStatus(HttpStatus.valueOf(ex.error().status().value()));
		mav.addObject("code", ex.error().code());
		mav.addObject("message",
				messages.getMessage(ex.error().messageKey(), ex.args(), ex.error().code(), LocaleContextHolder.getLocale()));
		return mav;
	}


}
