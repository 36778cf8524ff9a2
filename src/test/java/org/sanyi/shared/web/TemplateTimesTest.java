package org.sanyi.shared.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template shows times through {@code #times} (the platform zone);
 * {@code #temporals} would show UTC.
 */
class TemplateTimesTest {

	private static final Pattern OTHER_FORMATTERS = Pattern.compile("#(temporals|dates|calendars)\\.");

	@Test
	void noTemplateFormatsTimesOutsideThePlatformZone() throws IOException {
		List<String> offenders;
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			offenders = files.filter(p -> p.toString().endsWith(".html")).filter(p -> {
				try {
					return OTHER_FORMATTERS.matcher(Files.readString(p)).find();
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}).map(Path::toString).toList();
		}
		assertThat(offenders).isEmpty();
	}

}
