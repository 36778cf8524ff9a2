package org.sanyi.shared.io;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ExcelExportTest {

	record Line(String name, BigDecimal amount) {
	}

	@Test
	void textsThatLookLikeFormulasStayTextAndNumbersStayNumbers() throws IOException {
		var export = ExcelExport.<Line>of("t", List.of(new ExcelExport.Column<>("name", Line::name),
				new ExcelExport.Column<>("amount", Line::amount)));
		var out = new ByteArrayOutputStream();
		export.write(List.of(new Line("=HYPERLINK(\"http://evil.example\",\"点我\")", new BigDecimal("-12.50")),
				new Line("@SUM(A1)", BigDecimal.ONE), new Line("张三", BigDecimal.TEN)), out);

		try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			var sheet = workbook.getSheetAt(0);
			Cell injected = sheet.getRow(1).getCell(0);
			assertThat(injected.getCellType()).isEqualTo(CellType.STRING);
			assertThat(injected.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://evil.example\",\"点我\")");
			assertThat(injected.getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(sheet.getRow(2).getCell(0).getCellStyle().getQuotePrefixed()).isTrue();
			assertThat(sheet.getRow(3).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
			assertThat(sheet.getRow(1).getCell(1).getNumericCellValue()).isEqualTo(-12.5);
		}
	}

}
