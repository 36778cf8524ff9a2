package org.sanyi;

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
 * Every SQL {@code LIKE} that takes a bound parameter either takes a data-scope prefix
 * the platform computed (a region code from {@code DataScope}) or a user's search text
 * escaped through {@code org.sanyi.shared.Like}; otherwise {@code %} in a search box
 * lists everything.
 */
class LikeParametersTest {

	/**
	 * Parameters whose value comes from the caller's data scope or a validated code,
	 * never from a search box.
	 */
	private static final Set<String> SCOPE_PARAMETERS = Set.of("p", "prefix", "scopePrefix", "vPrefix", "scopeRegion",
			"own", "codePrefix", "nameContains", "pinyinContains");

	private static final Pattern LIKE_PARAMETER = Pattern
		.compile("(?i)\\bi?like\\s+(?:'%'\\s*\\|\\|\\s*)?(?:(?:upper|lower|rtrim)\\()?:(\\w+)");

	@Test
	void everySearchTextInALikeIsEscaped() throws IOException {
		List<String> unescaped = new ArrayList<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			files.filter(p -> p.toString().endsWith(".java")).forEach(file -> {
				String source = read(file);
				Matcher m = LIKE_PARAMETER.matcher(source);
				while (m.find()) {
					String parameter = m.group(1);
					if (!SCOPE_PARAMETERS.contains(parameter) && !source.contains("Like.escape(")) {
						unescaped.add(file.getFileName() + ": :" + parameter);
					}
				}
			});
		}
		assertThat(unescaped).isEmpty();
	}

	@Test
	void theScannerFindsTheLikesItGuards() {
		assertThat(LIKE_PARAMETER.matcher("r.name like '%' || :q || '%'").find()).isTrue();
		assertThat(LIKE_PARAMETER.matcher("i.code like upper(:kw) || '%'").find()).isTrue();
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
