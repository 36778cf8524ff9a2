package org.sanyi.shared.web;

import java.net.URI;
import java.util.Locale;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.ErrorCode;
import org.sanyi.shared.SharedErrors;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * REST errors as RFC 9457 ProblemDetail with the stable business code in {@code code} and
 * the message in the caller's language (zh-CN unless asked otherwise). Unexpected
 * failures get a reference to find them in the log and reveal nothing of the cause.
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

	private final MessageSource messages;

	ApiExceptionHandler(MessageSource messages) {
		this.messages = messages;
	}

	@ExceptionHandler(BusinessException.class)
	ProblemDetail business(BusinessException ex) {
		return problem(ex.error(), ex.args());
	}

	@ExceptionHandler(MethodArgumentNotValidException.class)
	ProblemDetail invalid(MethodArgumentNotValidException ex) {
		FieldError field = ex.getBindingResult().getFieldError();
		String name = field == null ? ex.getBindingResult().getObjectName() : field.getField();
		String reason = field == null ? "" : messages.getMessage(field, locale());
		ProblemDetail problem = problem(SharedErrors.INVALID_FIELD, name, reason);
		problem.setProperty("field", name);
		return problem;
	}

	@ExceptionHandler({ MethodArgumentTypeMismatchException.class })
	ProblemDetail mismatch(MethodArgumentTypeMismatchException ex) {
		ProblemDetail problem = problem(SharedErrors.INVALID_FIELD, ex.getName(), String.valueOf(ex.getValue()));
		problem.setProperty("field", ex.getName());
		return problem;
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ProblemDetail methodValidation(HandlerMethodValidationException ex) {
		String reason = ex.getAllErrors().isEmpty() ? "" : ex.getAllErrors().getFirst().getDefaultMessage();
		return problem(SharedErrors.INVALID_FIELD, "", reason);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail denied(AccessDeniedException ex) {
		return problem(SharedErrors.ACCESS_DENIED);
	}

	@ExceptionHandler(org.springframework.web.ErrorResponseException.class)
	ProblemDetail framework(org.springframework.web.ErrorResponseException ex) {
		return ex.getBody();
	}

	@ExceptionHandler(org.springframework.web.servlet.resource.NoResourceFoundException.class)
	ProblemDetail noResource(org.springframework.web.servlet.resource.NoResourceFoundException ex) {
		return problem(SharedErrors.NOT_FOUND, "path", ex.getResourcePath());
	}

	@ExceptionHandler(org.springframework.http.converter.HttpMessageNotReadableException.class)
	ProblemDetail unreadable(org.springframework.http.converter.HttpMessageNotReadableException ex) {
		return problem(SharedErrors.INVALID_FIELD, "body", "malformed JSON");
	}

	@ExceptionHandler(org.springframework.web.bind.MissingServletRequestParameterException.class)
	ProblemDetail missing(org.springframework.web.bind.MissingServletRequestParameterException ex) {
		ProblemDetail problem = problem(SharedErrors.MISSING_PARAMETER, ex.getParameterName());
		problem.setProperty("field", ex.getParameterName());
		return problem;
	}

	@ExceptionHandler(Exception.class)
	ProblemDetail unexpected(Exception ex) {
		if (ex instanceof org.springframework.web.ErrorResponse answered) {
			// what Spring MVC itself refuses (a missing header, a wrong method or media
			// type ...) keeps its 4xx status
			// instead of becoming an "unexpected" 500
			ProblemDetail problem = answered.getBody();
			problem.setProperty("code", answered.getStatusCode().is4xxClientError() ? SharedErrors.INVALID_FIELD.code()
					: SharedErrors.INTERNAL.code());
			return problem;
		}
		String ref = UUID.randomUUID().toString().substring(0, 8);
		log.error("Unexpected error, reference {}", ref, ex);
		return problem(SharedErrors.INTERNAL, ref);
	}

	private ProblemDetail problem(ErrorCode error, Object... args) {
		Locale locale = locale();
		String detail = messages.getMessage(error.messageKey(), args, error.code(), locale);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(error.status(), detail);
		problem.setType(URI.create("urn:sanyi:error:" + error.code()));
		problem.setTitle(messages.getMessage("error.title", null, "Error", locale));
		problem.setProperty("code", error.code());
		return problem;
	}

	private static Locale locale() {
		return LocaleContextHolder.getLocale();
	}

}
