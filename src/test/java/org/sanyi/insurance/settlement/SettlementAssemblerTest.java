package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.sanyi.insurance.settlement.Visits.FeeLineRow;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a settlement's event says of its lines: fees by charge category, and the drugs
 * (quantity per national code) that drug-use monitoring reads instead of the lines.
 */
class SettlementAssemblerTest {

	static FeeLineRow line(String code, String chargeType, String quantity, String amount) {
		return new FeeLineRow(1, "V1", "1", "B1", code, code, "item", chargeType, BigDecimal.ONE,
				new BigDecimal(quantity), new BigDecimal(amount), null, null, null, "甲", BigDecimal.ZERO, null,
				BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal(amount), "UPLOADED", null, "M1", null,
				null);
	}

	@Test
	void drugsAreTheDrugLinesQuantitiesByCodeWithRefundsNetted() {
		List<FeeLineRow> lines = List.of(line("XJ01CAA040A001010100000", "09", "12", "18.00"),
				line("XJ01CAA040A001010100000", "09", "-4", "-6.00"), line("ZA01AAA0001010100000", "11", "2", "30.00"),
				line("XC09AAA0001010100000", "09", "6", "9.00"), line("XC09AAA0001010100000", "09", "-6", "-9.00"),
				line("001102000010000", "05", "1", "10.00"), line("NOCATEGORY", null, "1", "3.00"));

		assertThat(SettlementAssembler.drugs(lines)).containsOnlyKeys("XJ01CAA040A001010100000", "ZA01AAA0001010100000")
			.hasEntrySatisfying("XJ01CAA040A001010100000", q -> assertThat(q).isEqualByComparingTo("8"))
			.hasEntrySatisfying("ZA01AAA0001010100000", q -> assertThat(q).isEqualByComparingTo("2"));
		assertThat(SettlementAssembler.feesByCategory(lines)).containsOnlyKeys("09", "11", "05", "14");
	}

}
