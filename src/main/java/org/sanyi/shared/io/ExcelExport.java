package org.sanyi.shared.io;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.function.Function;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.sanyi.shared.PlatformTime;

/**
 * Writes a list as an .xlsx sheet, streaming (a window of rows in memory) so a
 * 100,000-row export does not fill the heap. Every list page has one of these behind its
 * 导出 button. Texts are text cells; one that a spreadsheet would take for a formula when
 * edited ({@code = + - @}, tab or carriage return first: a name or a case id chosen by
 * whoever entered it) is marked quote-prefixed, as if typed with a leading apostrophe, so
 * it stays text.
 */
public final class ExcelExport<T> {

	private final String sheetName;

	private final List<String> headers;

	private final List<Function<T, Object>> columns;

	private ExcelExport(String sheetName, List<String> headers, List<Function<T, Object>> columns) {
		this.sheetName = sheetName;
		this.headers = headers;
		this.columns = columns;
	}

	/** Columns given as (header text, value) pairs, in order. */
	public static <T> ExcelExport<T> of(String sheetName, List<Column<T>> columns) {
		return new ExcelExport<>(sheetName, columns.stream().map(Column::header).toList(),
				columns.stream().map(Column::value).toList());
	}

	/**
	 * Whether a spreadsheet would read this text as a formula (CSV/formula injection).
	 */
	public static boolean looksLikeFormula(String text) {
		return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
	}

	public void write(Iterable<T> rows, OutputStream out) {
		write(rows, out, null);
	}

	/**
	 * Writes the rows and, below them, a note in bold when there is one: an export that
	 * stopped at its cap says so in the file itself, where the reader of the spreadsheet
	 * sees it.
	 */
	public void write(Iterable<T> rows, OutputStream out, String note) {
		try (var workbook = new SXSSFWorkbook(200)) {
			SXSSFSheet sheet = workbook.createSheet(sheetName);
			CellStyle headStyle = workbook.createCellStyle();
			var font = workbook.createFont();
			font.setBold(true);
			headStyle.setFont(font);
			headStyle.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
			headStyle.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			Row head = sheet.createRow(0);
			for (int c = 0; c < headers.size(); c++) {
				var cell = head.createCell(c);
				cell.setCellValue(headers.get(c));
				cell.setCellStyle(headStyle);
				sheet.setColumnWidth(c, Math.max(10, headers.get(c).length() * 2 + 4) * 256);
			}
			CellStyle textStyle = workbook.createCellStyle();
			textStyle.setQuotePrefixed(true);
			int r = 1;
			for (T item : rows) {
				Row row = sheet.createRow(r++);
				for (int c = 0; c < columns.size(); c++) {
					Object v = columns.get(c).apply(item);
					var cell = row.createCell(c);
					switch (v) {
						case null -> cell.setBlank();
						case BigDecimal d -> cell.setCellValue(d.doubleValue());
						case Integer i -> cell.setCellValue(i);
						case Long l -> cell.setCellValue(l);
						case TemporalAccessor t -> cell.setCellValue(PlatformTime.second(t));
						default -> {
							String text = v.toString();
							cell.setCellValue(text);
							if (looksLikeFormula(text)) {
								cell.setCellStyle(textStyle);
							}
						}
					}
				}
			}
			if (note != null) {
				var cell = sheet.createRow(r + 1).createCell(0);
				cell.setCellValue(note);
				CellStyle noteStyle = workbook.createCellStyle();
				noteStyle.setFont(font);
				cell.setCellStyle(noteStyle);
			}
			sheet.createFreezePane(0, 1);
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * One column of an export: its header text (already localised) and how to read its
	 * value.
	 */
	public record Column<T>(String header, Function<T, Object> value) {
	}

}
