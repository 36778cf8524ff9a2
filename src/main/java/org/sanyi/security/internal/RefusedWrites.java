package org.sanyi.security.internal;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A page that refuses a write often answers with the form again or a redirect, carrying
 * the refusal as the model or flash attribute {@code error} (the house convention the
 * templates show), and a success status. This marks such a request refused, so
 * {@link AuditWriteFilter} records it as {@code FAILED:REFUSED} and not as a success.
 */
@Configuration(proxyBeanMethods = false)
class RefusedWrites implements WebMvcConfigurer, HandlerInterceptor {

	static final String REFUSED = RefusedWrites.class.getName() + ".refused";

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (!WRITES.contains(request.getMethod())) {
			return;
		}
		FlashMap flash = RequestContextUtils.getOutputFlashMap(request);
		if (view != null && view.getModel().get("error") != null || flash != null && flash.get("error") != null) {
			request.setAttribute(REFUSED, Boolean.TRUE);
		}
	}

}
