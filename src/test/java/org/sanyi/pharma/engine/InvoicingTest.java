package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class InvoicingTest {

	static final LocalDate ISSUED = LocalDate.of(2026, 11, 4);

	@Test
	void aNumberIsADigitalInvoiceOfTheIssueYearOrACodeAndEightDigits() {
		// 数电发票: 20 digits, the first two the year, no code
		assertThat(Invoicing.numberFault(null, "26352000000012345678", ISSUED)).isNull();
		assertThat(Invoicing.numberFault("", "26352000000012345678", ISSUED)).isNull();
		assertThat(Invoicing.numberFault(null, "25352000000012345678", ISSUED)).isEqualTo("invoiceNo");
		assertThat(Invoicing.numberFault("3500261130", "26352000000012345678", ISSUED)).isEqualTo("invoiceCode");
		// 增值税专用发票 (10-digit code) and 普通发票 (12-digit code) with an 8-digit number
		assertThat(Invoicing.numberFault("3500261130", "01234567", ISSUED)).isNull();
		assertThat(Invoicing.numberFault("035002600111", "01234567", ISSUED)).isNull();
		assertThat(Invoicing.numberFault(null, "01234567", ISSUED)).isEqualTo("invoiceCode");
		assertThat(Invoicing.numberFault("35002611", "01234567", ISSUED)).isEqualTo("invoiceCode");
		assertThat(Invoicing.numberFault("3500261130", "0123456", ISSUED)).isEqualTo("invoiceNo");
		assertThat(Invoicing.numberFault(null, "2635200000001234567X", ISSUED)).isEqualTo("invoiceNo");
		assertThat(Invoicing.numberFault(null, null, ISSUED)).isEqualTo("invoiceNo");
	}

	@Test
	void theTaxMayDifferFromAmountTimesRateByAFenALine() {
		// 阿托伐他汀钙片 order of 370.62 including tax at 13%: 327.98 + 42.64 = 370.62
		BigDecimal amount = new BigDecimal("327.98");
		BigDecimal rate = new BigDecimal("0.13");
		assertThat(Invoicing.tax(amount, rate)).isEqualByComparingTo("42.64");
		assertThat(Invoicing.taxAgrees(amount, rate, new BigDecimal("42.64"), 1)).isTrue();
		assertThat(Invoicing.taxAgrees(amount, rate, new BigDecimal("42.65"), 1)).isTrue();
		assertThat(Invoicing.taxAgrees(amount, rate, new BigDecimal("42.66"), 1)).isFalse();
		// three lines, each rounded on its own: up to three fen apart
		assertThat(Invoicing.taxAgrees(amount, rate, new BigDecimal("42.67"), 3)).isTrue();
		assertThat(Invoicing.taxAgrees(amount, rate, new BigDecimal("42.60"), 3)).isFalse();
		assertThat(Invoicing.validRate(new BigDecimal("0.130"))).isTrue();
		assertThat(Invoicing.validRate(new BigDecimal("0.17"))).as("the VAT rate before 2018").isFalse();
		assertThat(Invoicing.validRate(null)).isFalse();
		assertThat(Invoicing.money(new BigDecimal("1.23"))).isTrue();
		assertThat(Invoicing.money(new BigDecimal("1.230"))).isTrue();
		assertThat(Invoicing.money(new BigDecimal("1.234"))).isFalse();
		assertThat(Invoicing.money(new BigDecimal("-1"))).isFalse();
	}

	@Test
	void thePaymentClockStartsAtTheLaterOfReceiptAndMatch() {
		LocalDate received = LocalDate.of(2026, 11, 4);
		assertThat(Invoicing.dueOn(received, received, 30)).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(Invoicing.dueOn(received, LocalDate.of(2026, 11, 12), 30)).isEqualTo(LocalDate.of(2026, 12, 12));
		// an invoice that came with the goods is checked from the receipt
		assertThat(Invoicing.checkBy(LocalDate.of(2026, 11, 2), received)).isEqualTo(LocalDate.of(2026, 11, 9));
		assertThat(Invoicing.checkBy(LocalDate.of(2026, 11, 6), received)).isEqualTo(LocalDate.of(2026, 11, 11));
		assertThat(Invoicing.checkBy(LocalDate.of(2026, 11, 6), null)).isEqualTo(LocalDate.of(2026, 11, 11));
	}

}
