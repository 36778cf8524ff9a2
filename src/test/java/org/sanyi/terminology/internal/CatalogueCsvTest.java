package org.sanyi.terminology.internal;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.terminology.ImportLineError;
import org.sanyi.terminology.InsuranceClass;
import org.sanyi.terminology.SystemKind;
import org.sanyi.terminology.TerminologyErrors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class CatalogueCsvTest {

	static final String HEADER = "code,name,price,price_cap,insurance_class,self_pay_ratio,restriction\n";

	private static List<ImportLineError> errorsOf(SystemKind kind, String body) {
		var errors = new ImportErrors();
		CatalogueCsv.parse((HEADER + body).getBytes(StandardCharsets.UTF_8), kind, errors);
		return errors.list();
	}

	@Test
	void classesAreReadInTheirUsualSpellingsAndRatiosFollowTheClass() {
		var errors = new ImportErrors();
		List<CatalogueRow> rows = CatalogueCsv.parse((HEADER + """
				XJ01CAA001A003010100037,阿莫西林胶囊,8.60,,甲,,
				XC10AAA001A001010100001,阿托伐他汀钙片,1.44,1.44,乙类,0.05,限二线用药
				XA11GAA001A001010100002,维生素C片,3,,丙,,
				XA11GAA002A001010100003,维生素B片,3.5,,03,1,
				""").getBytes(StandardCharsets.UTF_8), SystemKind.DRUG, errors);
		assertThat(errors.list()).isEmpty();
		assertThat(rows)
			.extracting(CatalogueRow::insuranceClass, r -> r.selfPayRatio().stripTrailingZeros(), CatalogueRow::price)
			.containsExactly(tuple(InsuranceClass.A, BigDecimal.ZERO, new BigDecimal("8.60")),
					tuple(InsuranceClass.B, new BigDecimal("0.05"), new BigDecimal("1.44")),
					tuple(InsuranceClass.C, BigDecimal.ONE, new BigDecimal("3.00")),
					tuple(InsuranceClass.C, BigDecimal.ONE, new BigDecimal("3.50")));
		assertThat(rows.get(1).restriction()).isEqualTo("限二线用药");
		assertThat(rows.get(1).priceCap()).isEqualByComparingTo("1.44");
	}

	@Test
	void drugProfileTakesTheAtcClassFromAWesternDrugCodeAndReadsUnitsAndFlags() {
		var errors = new ImportErrors();
		List<CatalogueRow> rows = CatalogueCsv.parse("""
				code,name,insurance_class,atc_code,minimum_unit,unit_factor,essential,negotiated,procured
				XC10AAA001A001010100925,阿托伐他汀钙片,甲,,片,7,Y,,是
				ZA01AAA001A005010103811,感冒清热颗粒,甲,,袋,10,1,N,
				XB01AFA001A001010101147,利伐沙班片,甲,B01AF01,片,5,,Y,Y
				""".getBytes(StandardCharsets.UTF_8), SystemKind.DRUG, errors);
		assertThat(errors.list()).isEmpty();
		assertThat(rows)
			.extracting(r -> r.profile().atcClass(), r -> r.profile().genericName(), r -> r.profile().minimumUnit(),
					r -> r.profile().unitFactor(), r -> r.profile().essential(), r -> r.profile().negotiated(),
					r -> r.profile().procured())
			.containsExactly(tuple("C10AA", "阿托伐他汀钙片", "片", 7, true, false, true),
					tuple(null, "感冒清热颗粒", "袋", 10, true, false, false),
					tuple("B01AF01", "利伐沙班片", "片", 5, false, true, true));
	}

	@Test
	void badAtcFactorAndFlagNameTheirColumns() {
		var errors = new ImportErrors();
		CatalogueCsv.parse("""
				code,name,insurance_class,atc_code,unit_factor,procured
				XC10AAA001A001010100925,阿托伐他汀钙片,甲,C1,0,也许
				""".getBytes(StandardCharsets.UTF_8), SystemKind.DRUG, errors);
		assertThat(errors.list()).extracting(ImportLineError::column, ImportLineError::error)
			.containsExactly(tuple("atc_code", TerminologyErrors.BAD_ATC),
					tuple("unit_factor", TerminologyErrors.BAD_UNIT_FACTOR),
					tuple("procured", TerminologyErrors.BAD_FLAG));
	}

	@Test
	void badClassNamesLineAndColumn() {
		assertThat(errorsOf(SystemKind.DRUG, "XJ01CAA001A003010100037,阿莫西林胶囊,8.60,,丁,,\n"))
			.extracting(ImportLineError::line, ImportLineError::column, ImportLineError::error, ImportLineError::value)
			.containsExactly(tuple(2, "insurance_class", TerminologyErrors.BAD_CLASS, "丁"));
	}

	@Test
	void classBNeedsARatioFromZeroToBelowOne() {
		assertThat(errorsOf(SystemKind.DRUG, """
				X1,甲药,1.00,,乙,,
				X2,乙药,1.00,,乙,1,
				X3,丙药,1.00,,乙,1.5,
				X4,丁药,1.00,,乙,-0.1,
				X5,戊药,1.00,,乙,10%,
				X6,己药,1.00,,乙,0.12345,
				X7,庚药,1.00,,乙,0,
				""")).extracting(ImportLineError::line, ImportLineError::column, ImportLineError::error)
			.containsExactly(tuple(2, "self_pay_ratio", TerminologyErrors.REQUIRED_VALUE),
					tuple(3, "self_pay_ratio", TerminologyErrors.RATIO_OUT_OF_RANGE),
					tuple(4, "self_pay_ratio", TerminologyErrors.RATIO_OUT_OF_RANGE),
					tuple(5, "self_pay_ratio", TerminologyErrors.RATIO_OUT_OF_RANGE),
					tuple(6, "self_pay_ratio", TerminologyErrors.BAD_RATIO),
					tuple(7, "self_pay_ratio", TerminologyErrors.BAD_RATIO));
	}

	@Test
	void classAMustBeZeroAndClassCMustBeOne() {
		assertThat(errorsOf(SystemKind.DRUG, "X1,甲药,1.00,,甲,0.1,\nX2,丙药,1.00,,丙,0.5,\n"))
			.extracting(ImportLineError::line, ImportLineError::error, ImportLineError::detail)
			.containsExactly(tuple(2, TerminologyErrors.RATIO_CLASS_MISMATCH, "0"),
					tuple(3, TerminologyErrors.RATIO_CLASS_MISMATCH, "1"));
	}

	@Test
	void malformedPricesAreReported() {
		assertThat(errorsOf(SystemKind.DRUG, """
				X1,a,12.345,,甲,,
				X2,b,-1,,甲,,
				X3,c,abc,,甲,,
				X4,d,"1,200.00",,甲,,
				X5,e,1.00,1.2.3,甲,,
				""")).extracting(ImportLineError::line, ImportLineError::column, ImportLineError::error)
			.containsExactly(tuple(2, "price", TerminologyErrors.BAD_PRICE),
					tuple(3, "price", TerminologyErrors.BAD_PRICE), tuple(4, "price", TerminologyErrors.BAD_PRICE),
					tuple(5, "price", TerminologyErrors.BAD_PRICE), tuple(6, "price_cap", TerminologyErrors.BAD_PRICE));
	}

	@Test
	void codesMustFitTheCatalogueKind() {
		assertThat(errorsOf(SystemKind.CONSUMABLE, "X1,支架,700.00,,乙,0.2,\n"))
			.extracting(ImportLineError::error, ImportLineError::detail)
			.containsExactly(tuple(TerminologyErrors.CODE_NOT_OF_KIND, "CONSUMABLE"));
		assertThat(errorsOf(SystemKind.SERVICE, "C1,挂号,1.00,,甲,,\n")).extracting(ImportLineError::error)
			.containsExactly(TerminologyErrors.CODE_NOT_OF_KIND);
		assertThat(errorsOf(SystemKind.SERVICE, "001101000010000,挂号,1.00,,甲,,\n")).isEmpty();
	}

	@Test
	void serviceItemsNeedAPrice() {
		assertThat(errorsOf(SystemKind.SERVICE, "001102000010000,普通门诊诊查费,,,甲,,\n"))
			.extracting(ImportLineError::column, ImportLineError::error)
			.containsExactly(tuple("price", TerminologyErrors.REQUIRED_VALUE));
		assertThat(errorsOf(SystemKind.DRUG, "X1,药,,,甲,,\n")).isEmpty();
	}

	@Test
	void duplicateCatalogueCodeIsReported() {
		assertThat(errorsOf(SystemKind.DRUG, "X1,a,1.00,,甲,,\nX1,b,2.00,,甲,,\n"))
			.extracting(ImportLineError::line, ImportLineError::error, ImportLineError::detail)
			.containsExactly(tuple(3, TerminologyErrors.DUPLICATE_CODE, "2"));
	}

}
