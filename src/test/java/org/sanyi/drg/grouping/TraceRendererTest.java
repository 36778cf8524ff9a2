package org.sanyi.drg.grouping;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sanyi.drg.DrgTraceLine;
import org.sanyi.drg.grouper.DrgGrouper;
import org.sanyi.drg.grouper.DrgRecord;
import org.sanyi.drg.grouper.DrgResult;
import org.sanyi.drg.grouper.DrgSchemeLoader;

import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The trace as a coder reads it: names after codes, list names spelled out, failed
 * attempts folded.
 */
class TraceRendererTest {

	static DrgGrouper grouper;

	static TraceRenderer renderer;

	@BeforeAll
	static void setUp() throws IOException {
		grouper = new DrgGrouper(DrgSchemeLoader.load(Path.of("src/main/resources/drg/demo-scheme")));
		var messages = new ResourceBundleMessageSource();
		messages.setBasename("messages/drg");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		renderer = new TraceRenderer(messages);
	}

	@Test
	void condensedTraceFoldsFailedMdcsAndAdrgsAndNamesTheCodes() {
		DrgResult result = grouper.groupWithTrace(record("K35.800"));
		TraceRenderer.Rendered trace = renderer.render(result.trace(), grouper.scheme(), Locale.SIMPLIFIED_CHINESE);

		assertThat(texts(trace.condensed())).containsExactly("依次尝试 MDCB、MDCE、MDCF，均未进入（共 3 个 MDC）",
				"主诊断 K35.800（急性阑尾炎，其他未特指）属于 MDCG", "进入 MDCG：满足入组条件", "MDCG 内依次尝试 GD1、GS1，均不匹配（共 2 个 ADRG）",
				"主诊断 K35.800（急性阑尾炎，其他未特指）属于 GZ1 诊断表", "匹配 ADRG GZ1 其他消化系统疾患（主诊断匹配）", "无 CC 或 MCC，不入 GZ13",
				"其余情况，入 GZ15", "分组结果：MDCG → GZ1 → GZ15");
		assertThat(trace.all()).hasSize(result.trace().size());
		assertThat(trace.all().stream().filter(DrgTraceLine::essential).count()).isEqualTo(7);
		assertThat(texts(trace.all())).contains("没有手术操作，主手术不属于 GD1 手术操作表", "不匹配 ADRG GS1");
	}

	@Test
	void englishTraceUsesEnglishSeparatorsAndListNames() {
		DrgResult result = grouper.groupWithTrace(record("K35.800"));
		TraceRenderer.Rendered trace = renderer.render(result.trace(), grouper.scheme(), Locale.ENGLISH);
		assertThat(texts(trace.condensed())).startsWith("Tried MDCB, MDCE, MDCF: none entered (3 MDCs)")
			.contains("Principal diagnosis K35.800 (急性阑尾炎，其他未特指) is in GZ1 diagnosis list");
	}

	private static List<String> texts(List<DrgTraceLine> lines) {
		return lines.stream().map(DrgTraceLine::text).toList();
	}

	private static DrgRecord record(String... diagnoses) {
		return new DrgRecord("1", 30, 30 * 365, 0, "", 4, "1", List.of(diagnoses), List.of());
	}

}
