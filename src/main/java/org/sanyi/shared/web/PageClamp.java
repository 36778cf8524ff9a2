package org.sanyi.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.sanyi.shared.Page;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A list page asked for past its last page ({@code ?page=99999}) is sent to its last
 * page, search kept, instead of showing an empty table; every list page puts its
 * {@link Page} in the model as {@code page}.
 */
@Component
class PageClamp implements HandlerInterceptor {

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler, ModelAndView mav) {
		if (mav == null || !"GET".equals(request.getMethod()) || mav.getViewName() == null
				|| mav.getViewName().startsWith("redirect:") || !(mav.getModel().get("page") instanceof Page<?> page)) {
			return;
		}
		int last = Math.max(1, page.pages());
		if (page.page() <= last) {
			return;
		}
		String url = UriComponentsBuilder.fromPath(request.getRequestURI())
			.query(request.getQueryString())
			.replaceQueryParam("page", last)
			.build()
			.toUriString();
		mav.clear();
		mav.setViewName("redirect:" + url);
	}

}
