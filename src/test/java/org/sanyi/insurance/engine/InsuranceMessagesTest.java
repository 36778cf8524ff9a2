package org.sanyi.insurance.engine;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.sanyi.insurance.InsuranceErrors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the shared MessagesTest does not check: each error text uses the same placeholders
 * in both languages, and every fund and catalogue class the engine emits has a display
 * name.
 */
class InsuranceMessagesTest {

	static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

	@Test
	void everyErrorHasTheSamePlaceholdersInChineseAndEnglish() throws IOException {
		Properties zh = load("insurance.properties");
		Properties en = load("insurance_en.properties");
		for (InsuranceErrors error : InsuranceErrors.values()) {
			String key = error.messageKey();
			assertThat(zh.getProperty(key)).as(key).isNotBlank();
			assertThat(placeholders(en.getProperty(key))).as(key).isEqualTo(placeholders(zh.getProperty(key)));
			assertThat(error.code()).startsWith("INS-");
		}
	}

	@Test
	void everyFundAndCatalogueClassHasADisplayName() throws IOException {
		Properties zh = load("insurance.properties");
		for (FundType fund : FundType.values()) {
			assertThat(zh.getProperty("insurance.fund." + fund.code())).as(fund.name()).isNotBlank();
		}
		for (CatalogueClass cls : CatalogueClass.values()) {
			assertThat(zh.getProperty("insurance.class." + cls.code())).as(cls.name()).isNotBlank();
		}
	}

	static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add(m.group(1));
		}
		return found;
	}

	static Properties load(String name) throws IOException {
		var properties = new Properties();
		try (var reader = new InputStreamReader(Files.newInputStream(Path.of("src/main/resources/messages", name)),
				StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

}
