package org.sanyi.drg.grouper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** The two hand-written readers the engine uses instead of libraries. */
class SchemeReadersTest {

	@Test
	void csvReaderHandlesQuotesEmbeddedLineBreaksCrLfAndAByteOrderMark() throws IOException {
		CsvReader csv = new CsvReader(new StringReader("\uFEFFa,b\r\n\"x, y\",\"say \"\"hi\"\"\"\n\"two\nlines\",\n"));

		assertThat(csv.next()).containsExactly("a", "b");
		assertThat(csv.next()).containsExactly("x, y", "say \"hi\"");
		assertThat(csv.next()).containsExactly("two\nlines", "");
		assertThat(csv.recordLine()).isEqualTo(3);
		assertThat(csv.next()).isNull();
	}

	@Test
	void csvWriterQuotesOnlyWhereNeeded() throws IOException {
		StringWriter out = new StringWriter();

		for (String field : List.of("plain", "a,b", "say \"hi\"")) {
			CsvReader.writeField(out, field);
			out.write(';');
		}

		assertThat(out.toString()).isEqualTo("plain;\"a,b\";\"say \"\"hi\"\"\";");
	}

	@Test
	void csvWriterDefusesFieldsASpreadsheetWouldRunAsFormulas() throws IOException {
		StringWriter out = new StringWriter();

		for (String field : List.of("=HYPERLINK(\"http://x\",\"y\")", "+1", "-2", "@SUM(A1)", "\tx", "\rx", "a=b")) {
			CsvReader.writeField(out, field);
			out.write(';');
		}

		assertThat(out.toString())
			.isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\";'+1;'-2;'@SUM(A1);'\tx;\"'\rx\";a=b;");
	}

	@Test
	void jsonReaderParsesTheValueTypesOfSchemeJson() {
		Object parsed = JsonReader.parse("{\"a\": [1, -2.5, true, null, \"\\u4e2d\\n\"], \"b\": {}}", "t.json");

		assertThat(parsed).isEqualTo(Map.of("a", java.util.Arrays.asList(1L, -2.5, true, null, "中\n"), "b", Map.of()));
	}

	@Test
	void jsonReaderRejectsDuplicateMembersWithTheirLine() {
		assertThatThrownBy(() -> JsonReader.parse("{\n\"a\": 1,\n\"a\": 2}", "t.json"))
			.isInstanceOfSatisfying(DrgSchemeException.class, e -> {
				assertThat(e.line()).isEqualTo(3);
				assertThat(e.getMessage()).contains("duplicate member \"a\"");
			});
	}

}
