package org.sanyi;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClass;
import org.junit.jupiter.api.Test;
import org.sanyi.shared.ErrorCode;
import org.sanyi.shared.web.MessageBundles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-visible text exists in zh-CN (the base files, which must really be Chinese)
 * and in English; every error code is unique and has both messages; every {@code #{key}}
 * a template uses exists.
 */
class MessagesTest {

	static final Path DIR = Path.of("src/main/resources/messages");

	static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z][\\w.-]*)[}(]");

	@Test
	void everyBundleHasTheSameKeysInChineseAndEnglish() throws IOException {
		for (String base : bundles()) {
			Properties zh = load(base + ".properties");
			Properties en = load(base + "_en.properties");
			assertThat(en.stringPropertyNames()).as("English keys of %s", base).isEqualTo(zh.stringPropertyNames());
			zh.forEach((k, v) -> assertThat(v.toString()).as("zh %s.%s", base, k).isNotBlank());
			en.forEach((k, v) -> assertThat(v.toString()).as("en %s.%s", base, k).isNotBlank());
		}
	}

	@Test
	void baseFilesAreChineseAndEnglishFilesAreNot() throws IOException {
		for (String base : bundles()) {
			Properties zh = load(base + ".properties");
			long chinese = zh.values()
				.stream()
				.filter(v -> v.toString().codePoints().anyMatch(MessagesTest::isHan))
				.count();
			assertThat(chinese).as("Chinese texts in %s.properties", base).isGreaterThanOrEqualTo(zh.size() * 7L / 10);
			Properties en = load(base + "_en.properties");
			en.forEach((k, v) -> assertThat(v.toString().codePoints().noneMatch(MessagesTest::isHan))
				.as("English text of %s.%s has Chinese characters: %s", base, k, v)
				.isTrue());
		}
	}

	@Test
	void errorCodesAreUniqueAndHaveBothMessages() throws IOException {
		Properties zh = new Properties();
		Properties en = new Properties();
		for (String base : bundles()) {
			zh.putAll(load(base + ".properties"));
			en.putAll(load(base + "_en.properties"));
		}
		Map<String, String> seen = new HashMap<>();
		for (JavaClass type : ArchitectureTests.CLASSES) {
			if (type.isEnum() && type.isAssignableTo(ErrorCode.class)) {
				for (Object constant : type.reflect().getEnumConstants()) {
					ErrorCode code = (ErrorCode) constant;
					String previous = seen.put(code.code(), type.getName() + "." + constant);
					assertThat(previous).as("error code %s used twice", code.code()).isNull();
					assertThat(code.code()).matches("[A-Z]+-\\d{4}");
					assertThat(zh.getProperty(code.messageKey())).as("zh message of %s", code.code()).isNotBlank();
					assertThat(en.getProperty(code.messageKey())).as("en message of %s", code.code()).isNotBlank();
				}
			}
		}
		assertThat(seen).isNotEmpty();
	}

	@Test
	void templatesUseOnlyExistingKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		for (String base : bundles()) {
			keys.addAll(load(base + ".properties").stringPropertyNames());
		}
		Set<String> missing = new TreeSet<>();
		try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
				Matcher m = TEMPLATE_KEY.matcher(Files.readString(file));
				while (m.find()) {
					if (!keys.contains(m.group(1))) {
						missing.add(file.getFileName() + ": " + m.group(1));
					}
				}
			}
		}
		assertThat(missing).as("message keys used by templates but missing").isEmpty();
	}

	/**
	 * A message key written as a literal in Java: what {@code get}, {@code msg},
	 * {@code getMessage} ... are given.
	 */
	static final Pattern JAVA_KEY = Pattern
		.compile("\\b(?:get|msg|message|getMessage|text|label)\\(\\s*\"([a-zA-Z][\\w-]*(?:\\.[\\w-]+)+)\"\\s*[,)]");

	@Test
	void javaCodeUsesOnlyExistingKeys() throws IOException {
		Set<String> keys = new HashSet<>();
		for (String base : bundles()) {
			keys.addAll(load(base + ".properties").stringPropertyNames());
		}
		// a literal counts as a message key when its first part starts message keys (not
		// property names, not paths)
		Set<String> families = new HashSet<>();
		keys.forEach(k -> families.add(k.substring(0, k.indexOf('.') < 0 ? k.length() : k.indexOf('.'))));
		Set<String> missing = new TreeSet<>();
		int seen = 0;
		try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
			for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
				Matcher m = JAVA_KEY.matcher(Files.readString(file));
				while (m.find()) {
					String key = m.group(1);
					if (families.contains(key.substring(0, key.indexOf('.')))) {
						seen++;
						if (!keys.contains(key)) {
							missing.add(file.getFileName() + ": " + key);
						}
					}
				}
			}
		}
		assertThat(seen).isGreaterThan(50);
		assertThat(missing).as("message keys used by Java code but missing").isEmpty();
	}

	@Test
	void theApplicationFindsEveryModulesBundleByPattern() throws IOException {
		List<String> files;
		try (Stream<Path> list = Files.list(DIR)) {
			files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".properties")).toList();
		}
		List<String> bundles = bundles();
		assertThat(bundles).contains("security", "registry", "drg").doesNotContain("drg_en");
		for (String file : files) {
			String base = file.replaceFirst("(_en)?\\.properties$", "");
			assertThat(bundles).as("bundle of %s", file).contains(base);
		}
	}

	/**
	 * The bundles as the application finds them
	 * ({@code classpath*:messages/*.properties}), without the folder.
	 */
	static List<String> bundles() {
		return MessageBundles.basenames().stream().map(b -> b.substring("messages/".length())).toList();
	}

	/**
	 * A file of the messages folder, read from the class path as the application reads
	 * it.
	 */
	static Properties load(String file) throws IOException {
		var properties = new Properties();
		var in = MessagesTest.class.getClassLoader().getResourceAsStream("messages/" + file);
		assertThat(in).as("messages/%s on the class path", file).isNotNull();
		try (var reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	static boolean isHan(int cp) {
		return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
	}

}
