package org.sanyi.shared.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A form field named like a method of the form element ({@code <input name="matches">})
 * replaces that method on the form: htmx then fails with "e.matches is not a function"
 * and the page's scripts stop. No template names a field so.
 */
class FormFieldNamesTest {

	private static final Set<String> FORM_METHODS = Set.of("matches", "closest", "submit", "reset", "requestSubmit",
			"checkValidity", "reportValidity", "getAttribute", "setAttribute", "hasAttribute", "removeAttribute",
			"querySelector", "querySelectorAll", "addEventListener", "removeEventListener", "dispatchEvent", "contains",
			"elements", "appendChild", "insertBefore", "cloneNode", "focus", "blur", "click");

	private static final Pattern FIELD = Pattern
		.compile("<(?:input|select|textarea|button)\\b[^>]*\\bname=\"([^\"]+)\"");

	@Test
	void noFormFieldShadowsAMethodOfItsForm() throws IOException {
		List<String> shadowing = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			files.filter(p -> p.toString().endsWith(".html")).forEach(file -> {
				Matcher m = FIELD.matcher(read(file));
				while (m.find()) {
					if (FORM_METHODS.contains(m.group(1))) {
						shadowing.add(file.getFileName() + ": " + m.group(1));
					}
				}
			});
		}
		assertThat(shadowing).isEmpty();
	}

	private static String read(Path file) {
		try {
			return Files.readString(file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
