package org.sanyi.shared.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.sanyi.shared.io.ExcelExport.Column;

import static org.assertj.core.api.Assertions.assertThat;

class ExcelExportTimesTest {

	@Test
	void exportedTimesAreInThePlatformZoneLikeThePages() throws IOException {
		var utc = OffsetDateTime.ofInstant(Instant.parse("2026-03-01T19:15:00Z"), ZoneOffset.UTC);
		var excel = ExcelExport.<OffsetDateTime>of("t", List.of(new Column<>("时间", t -> t)));
		var out = new ByteArrayOutputStream();

		excel.write(List.of(utc), out);

		try (var book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(book.getSheetAt(0).getRow(1).getCell(0).getStringCellValue()).isEqualTo("2026-03-02 03:15:00");
		}
	}

}
