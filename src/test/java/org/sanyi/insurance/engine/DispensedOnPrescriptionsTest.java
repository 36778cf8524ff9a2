package org.sanyi.insurance.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

/**
 * The one netting of a settlement's lines against external prescriptions that the gateway
 * and the policy replay share: the replay must give the engine the prescription the
 * gateway gave it, or a recorded purchase is re-priced as pooled when it was not.
 */
class DispensedOnPrescriptionsTest {

	static final String SITAGLIPTIN = "XA10BHS001A001010100001";

	static final String METFORMIN = "XA10BAE001A001010100001";

	static BigDecimal q(String value) {
		return new BigDecimal(value);
	}

	@Test
	void refundsAreNettedPerDrugAndPrescription() {
		var d = new DispensedOnPrescriptions().add("RX2", SITAGLIPTIN, q("4"))
			.add("RX1", METFORMIN, q("2"))
			.add("RX2", SITAGLIPTIN, q("-1"))
			.add("RX1", SITAGLIPTIN, q("1"));

		assertThat(d.quantities()).containsOnlyKeys("RX1", "RX2");
		assertThat(d.quantities().get("RX2").get(SITAGLIPTIN)).isEqualByComparingTo("3");
		assertThat(d.quantities().get("RX1")).containsOnlyKeys(METFORMIN, SITAGLIPTIN);
		// sorted by rxno, whatever the lines' order
		assertThat(d.prescription()).isEqualTo("RX1,RX2");
		assertThat(d.unprescribed()).isFalse();
	}

	@Test
	void aDrugRefundedInFullLeavesItsPrescriptionAndAnEmptyPrescriptionIsNoneAtAll() {
		var d = new DispensedOnPrescriptions().add("RX1", SITAGLIPTIN, q("4"))
			.add("RX1", METFORMIN, q("2"))
			.add("RX1", METFORMIN, q("-2"))
			.add("RX2", SITAGLIPTIN, q("1"))
			.add("RX2", SITAGLIPTIN, q("-1"));

		assertThat(d.quantities()).containsOnlyKeys("RX1");
		assertThat(d.quantities().get("RX1")).containsOnlyKeys(SITAGLIPTIN);
		assertThat(d.prescription()).isEqualTo("RX1");
	}

	@Test
	void prescribedLinesRefundedInFullBesideUnprescribedOnesAreAPurchaseWithout() {
		// the case on which the replay once differed from the gateway: it named RX1, so
		// the engine pooled a purchase the gateway had settled without a fund
		var d = new DispensedOnPrescriptions().add("RX1", SITAGLIPTIN, q("4"))
			.add(null, METFORMIN, q("2"))
			.add("RX1", SITAGLIPTIN, q("-4"));

		assertThat(d.quantities()).isEmpty();
		assertThat(d.prescription()).isNull();
		assertThat(d.unprescribed()).isTrue();
		assertThat(PharmacyPurchaseSettlementTest.purchase(Insutype.EMPLOYEE, java.time.LocalDate.of(2026, 5, 6))
			.prescription(d.prescription())
			.build()
			.pooled()).isFalse();
	}

	@Test
	void anUnprescribedDrugRefundedInFullMakesNoMix() {
		var d = new DispensedOnPrescriptions().add(null, METFORMIN, q("2"))
			.add("RX1", SITAGLIPTIN, q("4"))
			.add(null, METFORMIN, q("-2"));

		assertThat(d.unprescribed()).isFalse();
		assertThat(d.prescription()).isEqualTo("RX1");
		assertThat(new DispensedOnPrescriptions().add(null, METFORMIN, q("1")).unprescribed()).isTrue();
		assertThat(new DispensedOnPrescriptions().prescription()).isNull();
	}

}
