package org.sanyi.drg.scheme;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;
import org.sanyi.drg.DrgErrors;
import org.sanyi.shared.BusinessException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemeFileSetTest {

	@Test
	void zipWithOneTopFolderKeepsTheSchemeFilesAndSetsTheRestAside() throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		entries.put("chs-drg-1.1/scheme.json", utf8("{}"));
		entries.put("chs-drg-1.1/mcc.csv", utf8("code,exclusion_table\n"));
		entries.put("chs-drg-1.1/README.md", utf8("# readme"));
		entries.put("chs-drg-1.1/dx_code_map.csv", utf8("from_code,to_code\n"));
		entries.put("chs-drg-1.1/test_cases/synthetic_cases.csv", utf8("case_id\n"));

		SchemeFileSet set = SchemeFileSet.fromZip(new ByteArrayInputStream(zip(entries)));

		assertThat(set.names()).containsExactly("scheme.json", "mcc.csv", "README.md");
		assertThat(set.ignored()).containsExactly("chs-drg-1.1/dx_code_map.csv",
				"chs-drg-1.1/test_cases/synthetic_cases.csv");
	}

	@Test
	void byteOrderMarkOfASpreadsheetExportIsDropped() throws IOException {
		SchemeFileSet set = SchemeFileSet.fromZip(new ByteArrayInputStream(
				zip(Map.of("scheme.json", utf8("{}"), "cc.csv", utf8("\uFEFFcode,exclusion_table\n")))));
		assertThat(set.files().get("cc.csv")).startsWith("code,");
	}

	@Test
	void fileThatIsNotUtf8IsRejectedByName() throws IOException {
		byte[] gbk = "code,name\nK35.800,急性阑尾炎\n".getBytes(Charset.forName("GBK"));
		assertThatThrownBy(() -> SchemeFileSet
			.fromZip(new ByteArrayInputStream(zip(Map.of("scheme.json", utf8("{}"), "icd10_names.csv", gbk)))))
			.isInstanceOfSatisfying(BusinessException.class, ex -> {
				assertThat(ex.error()).isEqualTo(DrgErrors.FILE_NOT_UTF8);
				assertThat(ex.args()).containsExactly("icd10_names.csv");
			});
	}

	@Test
	void somethingThatIsNotAZipIsRejected() {
		assertThatThrownBy(() -> SchemeFileSet.fromZip(new ByteArrayInputStream(utf8("code,name\n"))))
			.isInstanceOfSatisfying(BusinessException.class,
					ex -> assertThat(ex.error()).isEqualTo(DrgErrors.ARCHIVE_UNREADABLE));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] zip(Map<String, byte[]> entries) throws IOException {
		var bytes = new ByteArrayOutputStream();
		try (var zip = new ZipOutputStream(bytes)) {
			for (var e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

}
