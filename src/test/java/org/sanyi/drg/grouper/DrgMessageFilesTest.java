package org.sanyi.drg.grouper;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** zh-CN and en message files define the same keys, and every key the engine emits. */
class DrgMessageFilesTest {

	@Test
	void chineseAndEnglishFilesHaveIdenticalKeys() throws IOException {
		assertThat(load("drg_en.properties").stringPropertyNames())
			.isEqualTo(load("drg.properties").stringPropertyNames());
	}

	@Test
	void everyKeyTheEngineAndBatchEmitIsDefined() throws IOException {
		List<String> keys = new ArrayList<>(TraceKeys.all());
		for (BatchError error : BatchError.values()) {
			keys.add(error.messageKey());
		}
		Set<String> zh = load("drg.properties").stringPropertyNames();

		assertThat(zh).containsAll(keys);
		assertThat(keys).doesNotHaveDuplicates();
	}

	@Test
	void everyMessageIsAValidPatternAndTheDefaultFileIsChinese() throws IOException {
		for (String file : List.of("drg.properties", "drg_en.properties")) {
			Properties messages = load(file);
			for (String key : messages.stringPropertyNames()) {
				new MessageFormat(messages.getProperty(key)); // throws on a broken
																// pattern
			}
		}
		assertThat(load("drg.properties").getProperty("drg.trace.result.ungroupable")).contains("无法入组");
	}

	private static Properties load(String file) throws IOException {
		Properties p = new Properties();
		try (InputStream in = DrgMessageFilesTest.class.getResourceAsStream("/messages/" + file)) {
			assertThat(in).as(file).isNotNull();
			p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return p;
	}

}
