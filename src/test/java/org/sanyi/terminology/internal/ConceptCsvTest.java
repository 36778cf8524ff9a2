package org.sanyi.terminology.internal;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.terminology.ImportLineError;
import org.sanyi.terminology.ImportRejectedException;
import org.sanyi.terminology.TerminologyErrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class ConceptCsvTest {

	private static List<ConceptRow> parse(String csv, ImportErrors errors) {
		return ConceptCsv.parse(csv.getBytes(StandardCharsets.UTF_8), errors);
	}

	private static List<ImportLineError> errorsOf(String csv) {
		var errors = new ImportErrors();
		parse(csv, errors);
		return errors.list();
	}

	@Test
	void goodFileGivesRowsWithPinyinInitialsAndKeepsCodeCase() {
		var errors = new ImportErrors();
		List<ConceptRow> rows = parse("""
				code,name,parent
				I10.x00,特发性（原发性）高血压,
				I10.x00x002,高血压,I10.x00
				E11.201+N08.3*,2型糖尿病性肾病,
				""", errors);
		assertThat(errors.isEmpty()).isTrue();
		assertThat(rows).extracting(ConceptRow::line, ConceptRow::code, ConceptRow::parentCode, ConceptRow::pinyin)
			.containsExactly(tuple(2, "I10.x00", null, "tfxyfxgxy"), tuple(3, "I10.x00x002", "I10.x00", "gxy"),
					tuple(4, "E11.201+N08.3*", null, "2xtnbxsb"));
	}

	@Test
	void sharedIcdFileShapeWithQuotedCommaIsAccepted() {
		var errors = new ImportErrors();
		List<ConceptRow> rows = parse("code,name\nA15.000x010,\"继发性肺结核（初治,单耐药）涂阳培阳\"\n", errors);
		assertThat(errors.isEmpty()).isTrue();
		assertThat(rows.getFirst().name()).isEqualTo("继发性肺结核（初治,单耐药）涂阳培阳");
	}

	@Test
	void emptyCodeNamesLineAndColumn() {
		assertThat(errorsOf("code,name\nA01,霍乱\n,伤寒\n"))
			.extracting(ImportLineError::line, ImportLineError::column, ImportLineError::error)
			.containsExactly(tuple(3, "code", TerminologyErrors.REQUIRED_VALUE));
	}

	@Test
	void duplicateCodeNamesTheLineOfTheFirstOccurrence() {
		assertThat(errorsOf("code,name\nA01,霍乱\nB02,带状疱疹\nA01,霍乱again\n"))
			.extracting(ImportLineError::line, ImportLineError::column, ImportLineError::error, ImportLineError::value,
					ImportLineError::detail)
			.containsExactly(tuple(4, "code", TerminologyErrors.DUPLICATE_CODE, "A01", "2"));
	}

	@Test
	void unknownParentIsReportedOnTheChildLine() {
		assertThat(errorsOf("code,name,parent\nA01,霍乱,\nA01.1,霍乱亚型,A09\n"))
			.extracting(ImportLineError::line, ImportLineError::column, ImportLineError::error, ImportLineError::value)
			.containsExactly(tuple(3, "parent", TerminologyErrors.UNKNOWN_PARENT, "A09"));
	}

	@Test
	void unknownParentIsReportedBesideOtherErrorsButAParentOnABadLineIsNotUnknown() {
		assertThat(errorsOf("code,name,parent\nA,甲,\nA,重复,\nB,乙,X\nC,,\nD,丁,C\n"))
			.extracting(ImportLineError::line, ImportLineError::error)
			.containsExactly(tuple(3, TerminologyErrors.DUPLICATE_CODE), tuple(4, TerminologyErrors.UNKNOWN_PARENT),
					tuple(5, TerminologyErrors.REQUIRED_VALUE));
	}

	@Test
	void parentMayComeLaterInTheFileButMayNotFormACycle() {
		assertThat(errorsOf("code,name,parent\nA01.1,霍乱亚型,A01\nA01,霍乱,\n")).isEmpty();
		assertThat(errorsOf("code,name,parent\nA,甲,B\nB,乙,C\nC,丙,A\n")).extracting(ImportLineError::error)
			.containsExactly(TerminologyErrors.PARENT_CYCLE);
		assertThat(errorsOf("code,name,parent\nA,甲,A\n")).extracting(ImportLineError::error)
			.containsExactly(TerminologyErrors.PARENT_CYCLE);
	}

	@Test
	void unterminatedQuoteIsMalformedCsvAtTheLineWhereTheRecordStarts() {
		List<ImportLineError> errors = errorsOf("code,name\nA01,霍乱\nA02,\"伤寒\nA03,副伤寒\n");
		assertThat(errors).extracting(ImportLineError::line, ImportLineError::error)
			.containsExactly(tuple(3, TerminologyErrors.MALFORMED_CSV));
	}

	@Test
	void errorsBeforeMalformedQuotingAreKept() {
		assertThat(errorsOf("code,name\n,空编码\nA02,\"伤寒\n")).extracting(ImportLineError::line).containsExactly(2, 3);
	}

	@Test
	void allBadLinesAreReportedNotOnlyTheFirst() {
		assertThat(errorsOf("code,name\n,a\nB b,b\nC,\nD,d,extra\n"))
			.extracting(ImportLineError::line, ImportLineError::column, ImportLineError::error)
			.containsExactly(tuple(2, "code", TerminologyErrors.REQUIRED_VALUE),
					tuple(3, "code", TerminologyErrors.BAD_CODE), tuple(4, "name", TerminologyErrors.REQUIRED_VALUE),
					tuple(5, "", TerminologyErrors.COLUMN_COUNT));
	}

	@Test
	void headerMustHaveTheRequiredColumnsAndNoUnknownOnes() {
		assertThat(errorsOf("code,title\nA01,霍乱\n"))
			.extracting(ImportLineError::line, ImportLineError::column, ImportLineError::error)
			.containsExactlyInAnyOrder(tuple(1, "title", TerminologyErrors.UNKNOWN_COLUMN),
					tuple(1, "name", TerminologyErrors.MISSING_COLUMN));
		assertThat(errorsOf("code,name,code\nA01,霍乱,A01\n")).extracting(ImportLineError::error)
			.containsExactly(TerminologyErrors.DUPLICATE_COLUMN);
	}

	@Test
	void emptyFileAndHeaderOnlyFileAreRejected() {
		assertThat(errorsOf("")).extracting(ImportLineError::error).containsExactly(TerminologyErrors.EMPTY_FILE);
		assertThat(errorsOf("code,name\n")).extracting(ImportLineError::error)
			.containsExactly(TerminologyErrors.EMPTY_FILE);
	}

	@Test
	void gbkFileIsRefusedWithTheLineOfTheFirstBadByte() {
		byte[] gbk = "code,name\nA01,霍乱\n".getBytes(Charset.forName("GBK"));
		var errors = new ImportErrors();
		ConceptCsv.parse(gbk, errors);
		assertThat(errors.list()).extracting(ImportLineError::line, ImportLineError::error)
			.containsExactly(tuple(2, TerminologyErrors.NOT_UTF8));
	}

	@Test
	void datesAreIsoAndInOrder() {
		assertThat(errorsOf("code,name,effective_from,effective_to\nA,甲,2026/01/01,\nB,乙,2026-02-01,2026-01-01\n"))
			.extracting(ImportLineError::line, ImportLineError::column, ImportLineError::error)
			.containsExactly(tuple(2, "effective_from", TerminologyErrors.BAD_DATE),
					tuple(3, "effective_to", TerminologyErrors.DATE_ORDER));
	}

	@Test
	void overlongValuesAreReportedWithTheLimit() {
		String name = "名".repeat(301);
		assertThat(errorsOf("code,name\nA," + name + "\n"))
			.extracting(ImportLineError::column, ImportLineError::error, ImportLineError::detail)
			.containsExactly(tuple("name", TerminologyErrors.TOO_LONG, "300"));
	}

	@Test
	void reportingStopsAtTheLimitButCountsEverything() {
		var csv = new StringBuilder("code,name\n");
		for (int i = 0; i < 500; i++) {
			csv.append(",x\n");
		}
		var errors = new ImportErrors();
		parse(csv.toString(), errors);
		assertThat(errors.count()).isEqualTo(500);
		assertThat(errors.list()).hasSize(ImportErrors.LIMIT);
		assertThatThrownBy(() -> errors.throwIfAny("bad.csv")).isInstanceOfSatisfying(ImportRejectedException.class,
				ex -> {
					assertThat(ex.errorCount()).isEqualTo(500);
					assertThat(ex.errors()).hasSize(200);
					assertThat(ex.error()).isEqualTo(TerminologyErrors.IMPORT_REJECTED);
				});
	}

	@Test
	void lineNumbersArePassedAsTextSoMessagesDoNotGroupDigits() {
		var error = new ImportLineError(12345, "code", TerminologyErrors.REQUIRED_VALUE, "", "");
		assertThat(error.args()[0]).isEqualTo("12345");
	}

}
