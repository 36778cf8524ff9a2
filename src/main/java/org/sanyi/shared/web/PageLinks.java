package org.sanyi.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Gives every page {@code pageBase}: the current URL with its search parameters but
 * without {@code page}, ending in {@code ?} or {@code &}, so the pager fragment can
 * append {@code page=N} and keep the search.
 */
@ControllerAdvice(annotations = Controller.class)
class PageLinks {

	@ModelAttribute("pageBase")
	String pageBase(HttpServletRequest request) {
		String query = request.getQueryString();
		var builder = UriComponentsBuilder.fromPath(request.getRequestURI()).query(query);
		builder.replaceQueryParam("page");
		builder.replaceQueryParam("lang");
		String url = builder.build().toUriString();
		return url + (url.contains("?") ? "&" : "?");
	}

}
