package org.sanyi.pages;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.web.util.HtmlUtils;

/**
 * The text a person sees on a rendered page, piece by piece, each marked whether it sits
 * in an element styled as a code ({@code class="code"}: institution codes, ICD codes,
 * version numbers, shown as codes on purpose). Enough of an HTML reader for the
 * platform's own well-formed pages; no scripts, styles or head.
 */
record VisibleText(String text, boolean inCode) {

	private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)([^>]*)>|<!--.*?-->",
			Pattern.DOTALL);

	private static final Pattern CLASS = Pattern.compile("class=\"([^\"]*)\"");

	private static final Set<String> VOID = Set.of("br", "img", "input", "meta", "link", "hr", "source", "col", "wbr");

	private static final Set<String> HIDDEN = Set.of("script", "style", "head", "template", "textarea");

	static List<VisibleText> of(String html) {
		List<VisibleText> out = new ArrayList<>();
		Deque<Element> open = new ArrayDeque<>();
		Matcher m = TAG.matcher(html);
		int at = 0;
		while (m.find()) {
			emit(html.substring(at, m.start()), open, out);
			at = m.end();
			if (m.group(2) == null) {
				continue;
			}
			String name = m.group(2).toLowerCase();
			if (m.group(1).isEmpty()) {
				if (VOID.contains(name) || m.group(3).endsWith("/")) {
					continue;
				}
				Matcher c = CLASS.matcher(m.group(3));
				boolean code = c.find() && List.of(c.group(1).split("\\s+")).contains("code");
				open.push(new Element(name, code || (!open.isEmpty() && open.peek().code()),
						HIDDEN.contains(name) || (!open.isEmpty() && open.peek().hidden())));
			}
			else {
				while (!open.isEmpty() && !open.pop().name().equals(name)) {
					// unclosed inner elements (p, li) end with their parent
				}
			}
		}
		emit(html.substring(at), open, out);
		return out;
	}

	private static void emit(String raw, Deque<Element> open, List<VisibleText> out) {
		String text = HtmlUtils.htmlUnescape(raw).strip();
		if (!text.isEmpty() && (open.isEmpty() || !open.peek().hidden())) {
			out.add(new VisibleText(text, !open.isEmpty() && open.peek().code()));
		}
	}

	private record Element(String name, boolean code, boolean hidden) {
	}

}
