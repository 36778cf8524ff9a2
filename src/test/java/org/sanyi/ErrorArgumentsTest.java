package org.sanyi;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.sanyi.shared.ErrorCode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every {@code new BusinessException(CODE, args...)} in the sources passes at least as
 * many arguments as the code's messages (zh-CN and English) have placeholders: otherwise
 * the user reads a raw {@code {1}}.
 */
class ErrorArgumentsTest {

	private static final Pattern THROW = Pattern.compile("new BusinessException\\(");

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[},]");

	@Test
	void everyThrownErrorGetsAnArgumentForEachPlaceholderOfItsMessages() throws IOException {
		Map<String, ErrorCode> codes = errorCodes();
		Properties zh = new Properties();
		Properties en = new Properties();
		for (String base : MessagesTest.bundles()) {
			zh.putAll(MessagesTest.load(base + ".properties"));
			en.putAll(MessagesTest.load(base + "_en.properties"));
		}
		var problems = new TreeSet<String>();
		int checked = 0;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				String source = Files.readString(file);
				Matcher m = THROW.matcher(source);
				while (m.find()) {
					List<String> args = arguments(source, m.end());
					String first = args.isEmpty() ? "" : args.getFirst().strip();
					String constant = first.substring(first.lastIndexOf('.') + 1);
					ErrorCode code = codes.get(constant);
					if (code == null || args.size() == 2 && args.get(1).strip().matches("args|arguments")) {
						continue; // a variable code or an argument array: not decidable
									// from the source
					}
					checked++;
					int needed = Math.max(placeholders(zh.getProperty(code.messageKey())),
							placeholders(en.getProperty(code.messageKey())));
					if (args.size() - 1 < needed) {
						problems.add(file.getFileName() + ": " + code.code() + " needs " + needed + " arguments, gets "
								+ (args.size() - 1));
					}
				}
			}
		}
		assertThat(checked).isGreaterThan(50);
		assertThat(problems).as("errors thrown with fewer arguments than their messages show").isEmpty();
	}

	/**
	 * The top-level, comma-separated arguments of the call whose opening parenthesis ends
	 * at {@code from}.
	 */
	static List<String> arguments(String source, int from) {
		List<String> args = new ArrayList<>();
		int depth = 0;
		var current = new StringBuilder();
		for (int i = from; i < source.length(); i++) {
			char c = source.charAt(i);
			if (c == '"' || c == '\'') {
				int end = i + 1;
				while (end < source.length() && source.charAt(end) != c) {
					end += source.charAt(end) == '\\' ? 2 : 1;
				}
				current.append(source, i, Math.min(end + 1, source.length()));
				i = end;
				continue;
			}
			if ((c == ')' || c == ',') && depth == 0) {
				if (!current.toString().isBlank() || c == ',') {
					args.add(current.toString());
				}
				current.setLength(0);
				if (c == ')') {
					return args;
				}
				continue;
			}
			if (c == '(' || c == '[' || c == '{') {
				depth++;
			}
			else if (c == ')' || c == ']' || c == '}') {
				depth--;
			}
			current.append(c);
		}
		return args;
	}

	private static int placeholders(String message) {
		int max = 0;
		if (message != null) {
			Matcher m = PLACEHOLDER.matcher(message);
			while (m.find()) {
				max = Math.max(max, Integer.parseInt(m.group(1)) + 1);
			}
		}
		return max;
	}

	/**
	 * Error-code constants by name; a name used by two enums is left out (the source
	 * alone cannot tell them apart).
	 */
	private static Map<String, ErrorCode> errorCodes() {
		Map<String, ErrorCode> byName = new HashMap<>();
		var ambiguous = new TreeSet<String>();
		for (JavaClass type : ArchitectureTests.CLASSES) {
			if (type.isEnum() && type.isAssignableTo(ErrorCode.class)) {
				for (Object constant : type.reflect().getEnumConstants()) {
					String name = ((Enum<?>) constant).name();
					if (byName.put(name, (ErrorCode) constant) != null) {
						ambiguous.add(name);
					}
				}
			}
		}
		ambiguous.forEach(byName::remove);
		return byName;
	}

}
