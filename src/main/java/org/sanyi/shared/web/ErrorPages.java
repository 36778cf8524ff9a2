package org.sanyi.shared.web;

import java.net.URI;
import java.util.Locale;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;

import org.sanyi.shared.BusinessException;
import org.sanyi.shared.ErrorCode;
import org.sanyi.shared.SharedErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Request errors outside the REST controllers (an unknown address, a malformed parameter,
 * a refused input, a wrong method): a browser gets the platform's error page with the
 * stable code, a REST client the ProblemDetail it expects. REST controllers keep
 * {@link ApiExceptionHandler}, which is consulted first.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ErrorPages {

	private final MessageSource messages;

	ErrorPages(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(NoResourceFoundException.class)
	Object noSuchPage(NoResourceFoundException ex, HttpServletRequest request) {
		return answer(request, SharedErrors.NO_SUCH_PAGE, SharedErrors.NO_SUCH_PAGE.status(), request.getRequestURI());
	}

	@ExceptionHandler(BusinessException.class)
	Object business(BusinessException ex, HttpServletRequest request) {
		return answer(request, ex.error(), ex.error().status(), ex.args());
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	Object mismatch(MethodArgumentTypeMismatchException ex, HttpServletRequest request) {
		return answer(request, SharedErrors.INVALID_FIELD, SharedErrors.INVALID_FIELD.status(), ex.getName(),
				String.valueOf(ex.getValue()));
	}

	/**
	 * The framework's own request errors: 405, 406, 415, a missing parameter, a body too
	 * large.
	 */
	@ExceptionHandler({ ServletException.class, ErrorResponseException.class, MaxUploadSizeExceededException.class })
	Object framework(Exception ex, HttpServletRequest request) throws Exception {
		if (!(ex instanceof ErrorResponse error)) {
			throw ex;
		}
		return answer(request, SharedErrors.BAD_REQUEST, error.getStatusCode(), error.getBody().getDetail());
	}

	private Object answer(HttpServletRequest request, ErrorCode error, HttpStatusCode status, Object... args) {
		Locale locale = LocaleContextHolder.getLocale();
		String message = messages.getMessage(error.messageKey(), args, error.code(), locale);
		if (wantsHtml(request)) {
			var mav = new ModelAndView("error");
			mav.setStatus(org.springframework.http.HttpStatus.valueOf(status.value()));
			mav.addObject("code", error.code());
			mav.addObject("message", message);
			mav.addObject("status", status.value());
			return mav;
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, message);
		problem.setType(URI.create("urn:sanyi:error:" + error.code()));
		problem.setTitle(messages.getMessage("error.title", null, "Error", locale));
		problem.setProperty("code", error.code());
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
	}

	/** A browser (or htmx) asks for HTML; a REST client asks for JSON or anything. */
	static boolean wantsHtml(HttpServletRequest request) {
		if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
			return false;
		}
		String accept = request.getHeader("Accept");
		return request.getHeader("HX-Request") != null || accept != null && accept.contains("text/html");
	}

}
