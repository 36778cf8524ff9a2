package org.sanyi.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The pager fragment's links ({@code ${@pageLinks.base()}}): the current URL with its
 * search parameters but without {@code page}, ending in {@code ?} or {@code &}, so the
 * pager can append {@code page=N} and keep the search. Asked by the fragment that needs
 * it, not given to every model: a model attribute of a controller advice was computed for
 * every request, REST calls included.
 */
@Component("pageLinks")
public class PageLinks {

	/** The current request's URL for the pager, or {@code ?} outside a request. */
	public String base() {
		if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
			return "?";
		}
		return base(attributes.getRequest());
	}

	static String base(HttpServletRequest request) {
		String query = request.getQueryString();
		var builder = UriComponentsBuilder.fromPath(request.getRequestURI()).query(query);
		builder.replaceQueryParam("page");
		builder.replaceQueryParam("lang");
		String url = builder.build().toUriString();
		return url + (url.contains("?") ? "&" : "?");
	}

}
