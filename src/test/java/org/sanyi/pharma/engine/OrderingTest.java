package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.sanyi.pharma.engine.Ordering.Action;
import org.sanyi.pharma.engine.Ordering.Late;
import org.sanyi.pharma.engine.Ordering.Party;
import org.sanyi.pharma.engine.Ordering.Status;

import static org.assertj.core.api.Assertions.assertThat;

class OrderingTest {

	@Test
	void aUsccIsCheckedByBothCheckCharacters() {
		// the demo's enterprises, worked by hand with GB 32100 and GB 11714
		assertThat(Ordering.validUscc("91359900534640977G")).isTrue();
		assertThat(Ordering.validUscc("9135990022633920XF")).isTrue();
		assertThat(Ordering.validUscc("913599003024663327")).isTrue();
		// one digit changed: the final check fails
		assertThat(Ordering.validUscc("91359900534640978G")).isFalse();
		// the final check recomputed over a broken organisation code: the inner check
		// fails
		String broken = "9135990053464097" + "8";
		assertThat(Ordering.validUscc(broken + Ordering.usccCheck(broken))).isFalse();
		// letters the code never uses, wrong lengths, lower case
		assertThat(Ordering.validUscc("91359900534640977I")).isFalse();
		assertThat(Ordering.validUscc("91359900534640977")).isFalse();
		assertThat(Ordering.validUscc("91359900534640977g")).isFalse();
		assertThat(Ordering.validUscc(null)).isFalse();
		assertThat(Ordering.organisationCheck("22633920")).isEqualTo('X');
	}

	@Test
	void aTraceCodeHasTwentyDigits() {
		assertThat(Ordering.validTraceCode("81000370001000001234")).isTrue();
		assertThat(Ordering.validTraceCode("8100037000100000123")).isFalse();
		assertThat(Ordering.validTraceCode("8100037000100000123A")).isFalse();
		assertThat(Ordering.validTraceCode(null)).isFalse();
	}

	@Test
	void eachActionBelongsToOnePartyAndComesFromItsStates() {
		assertThat(Action.CONFIRM.party()).isEqualTo(Party.SUPPLIER);
		assertThat(Action.SHIP.party()).isEqualTo(Party.SUPPLIER);
		assertThat(Action.RECEIVE.party()).isEqualTo(Party.HOSPITAL);
		assertThat(Action.CONFIRM.allowedFrom(Status.SUBMITTED)).isTrue();
		assertThat(Action.CONFIRM.allowedFrom(Status.CONFIRMED)).isFalse();
		assertThat(Action.SHIP.allowedFrom(Status.RETURNED)).as("a returned delivery ships again").isTrue();
		assertThat(Action.SHIP.allowedFrom(Status.SUBMITTED)).as("not before the enterprise confirms").isFalse();
		assertThat(Action.RECEIVE.allowedFrom(Status.CONFIRMED)).isFalse();
		assertThat(Action.CANCEL.allowedFrom(Status.CONFIRMED)).as("confirmed orders are not withdrawn").isFalse();
		for (Status s : Status.values()) {
			assertThat(Action.RECEIVE.allowedFrom(s)).isEqualTo(s == Status.SHIPPED);
		}
		assertThat(Action.REFUSE.needsReason()).isTrue();
		assertThat(Action.CONFIRM.needsReason()).isFalse();
	}

	@Test
	void aReceiptOrAReturnLeavesAnOrderWholeOrInPart() {
		assertThat(Action.RECEIVE.to(false, true, true)).isEqualTo(Status.RECEIVED);
		assertThat(Action.RECEIVE.to(false, false, true)).isEqualTo(Status.PART_RECEIVED);
		assertThat(Action.RETURN.to(false, false, false)).isEqualTo(Status.RETURNED);
		assertThat(Action.RETURN.to(false, false, true)).isEqualTo(Status.PART_RECEIVED);
		assertThat(Action.SHIP.allowedFrom(Status.PART_RECEIVED)).isTrue();
		assertThat(Action.SHIP.allowedFrom(Status.SHIPPED)).as("another shipment while one is on its way").isTrue();
		assertThat(Action.RECEIVE.to(true, false, true)).as("another shipment still on its way")
			.isEqualTo(Status.SHIPPED);
		assertThat(Action.RETURN.to(true, false, false)).isEqualTo(Status.SHIPPED);
		assertThat(Action.CONFIRM.to(true, true, true)).isEqualTo(Status.CONFIRMED);
		assertThat(Action.CLOSE.allowedFrom(Status.PART_RECEIVED)).isTrue();
		assertThat(Action.CLOSE.allowedFrom(Status.CONFIRMED)).isFalse();
		// nothing came by the day needed: the hospital ends it, with a reason, after that
		// day
		assertThat(Action.LAPSE.allowedFrom(Status.CONFIRMED)).isTrue();
		assertThat(Action.LAPSE.allowedFrom(Status.RETURNED)).isTrue();
		assertThat(Action.LAPSE.allowedFrom(Status.SHIPPED)).as("received or returned first").isFalse();
		assertThat(Action.LAPSE.allowedFrom(Status.PART_RECEIVED)).as("closed short instead").isFalse();
		assertThat(Action.LAPSE.party()).isEqualTo(Party.HOSPITAL);
		assertThat(Action.LAPSE.needsReason()).isTrue();
		assertThat(Ordering.mayLapse(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 5))).isFalse();
		assertThat(Ordering.mayLapse(LocalDate.of(2026, 11, 5), LocalDate.of(2026, 11, 6))).isTrue();
		assertThat(Status.LAPSED.open()).isFalse();
		assertThat(Action.CLOSE.needsReason()).isTrue();
		assertThat(Status.PART_RECEIVED.open()).isTrue();
	}

	@Test
	void thePartsOfALineAddUpToItsAmount() {
		BigDecimal price = new BigDecimal("0.1235");
		// 3 × 0.1235 = 0.3705 → 0.37; shipped one by one: 0.12, 0.12, then the rest 0.13
		BigDecimal line = new BigDecimal("0.37");
		assertThat(Ordering.partAmount(price, 1, 3, 0, line, BigDecimal.ZERO)).isEqualByComparingTo("0.12");
		assertThat(Ordering.partAmount(price, 1, 3, 1, line, new BigDecimal("0.12"))).isEqualByComparingTo("0.12");
		assertThat(Ordering.partAmount(price, 1, 3, 2, line, new BigDecimal("0.24"))).isEqualByComparingTo("0.13");
		// 3001 × 0.1235 = 370.62: 1000 now (123.50), 2001 later (247.12)
		BigDecimal whole = new BigDecimal("370.62");
		assertThat(Ordering.partAmount(price, 1000, 3001, 0, whole, BigDecimal.ZERO)).isEqualByComparingTo("123.50");
		assertThat(Ordering.partAmount(price, 2001, 3001, 1000, whole, new BigDecimal("123.50")))
			.isEqualByComparingTo("247.12");
		assertThat(Ordering.partAmount(price, 3001, 3001, 0, whole, BigDecimal.ZERO)).isEqualByComparingTo(whole);
	}

	@Test
	void whatIsLateDependsOnTheStateAndTheDay() {
		LocalDate ordered = LocalDate.of(2026, 11, 2);
		LocalDate by = LocalDate.of(2026, 11, 5);
		assertThat(Ordering.lateness(Status.SUBMITTED, ordered, by, null, false, null, null, ordered.plusDays(1)))
			.isNull();
		assertThat(Ordering.lateness(Status.SUBMITTED, ordered, by, null, false, null, null, ordered.plusDays(2)))
			.isEqualTo(Late.CONFIRMATION);
		assertThat(Ordering.lateness(Status.CONFIRMED, ordered, by, null, false, null, null, by)).isNull();
		assertThat(Ordering.lateness(Status.CONFIRMED, ordered, by, null, false, null, null, by.plusDays(1)))
			.isEqualTo(Late.DELIVERY);
		LocalDate due = Ordering.dueOn(LocalDate.of(2026, 11, 4), 30);
		assertThat(due).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(Ordering.lateness(Status.RECEIVED, ordered, by, null, false, due, null, due)).isNull();
		assertThat(Ordering.lateness(Status.RECEIVED, ordered, by, null, false, due, null, due.plusDays(1)))
			.isEqualTo(Late.PAYMENT);
		assertThat(Ordering.lateness(Status.RECEIVED, ordered, by, null, false, null, null, due.plusDays(9)))
			.as("paid: nothing unpaid is due")
			.isNull();
		// part received: the rest is late after the day needed, before the payment
		assertThat(Ordering.lateness(Status.PART_RECEIVED, ordered, by, null, false, due, null, by)).isNull();
		assertThat(Ordering.lateness(Status.PART_RECEIVED, ordered, by, null, false, due, null, by.plusDays(1)))
			.isEqualTo(Late.DELIVERY);
		// a shipment on its way while an earlier one's payment is overdue
		assertThat(Ordering.lateness(Status.SHIPPED, ordered, by, due.plusDays(1), false, due, null, due.plusDays(2)))
			.isEqualTo(Late.PAYMENT);
		// two shipments: one on its way for four days is late at its receipt; one on its
		// way
		// for a day, with the rest not shipped after the day needed, is a late delivery
		assertThat(Ordering.lateness(Status.SHIPPED, ordered, by, by.minusDays(1), true, null, null, by.plusDays(3)))
			.isEqualTo(Late.RECEIPT);
		assertThat(Ordering.lateness(Status.SHIPPED, ordered, by, by, true, null, null, by.plusDays(1)))
			.isEqualTo(Late.DELIVERY);
		assertThat(Ordering.lateness(Status.SHIPPED, ordered, by, by, false, null, null, by.plusDays(1)))
			.as("all of it on its way")
			.isNull();
		assertThat(Ordering.lateness(Status.SHIPPED, ordered, by, ordered, true, null, null, by)).isNull();
		assertThat(Ordering.lateness(Status.REFUSED, ordered, by, null, false, null, null, due)).isNull();
		// received 4 Nov, invoice submitted with the goods on 3 Nov: checked by 9 Nov
		LocalDate checkBy = Invoicing.checkBy(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4));
		assertThat(checkBy).isEqualTo(LocalDate.of(2026, 11, 9));
		assertThat(Ordering.lateness(Status.RECEIVED, ordered, by, null, false, null, checkBy, checkBy)).isNull();
		assertThat(Ordering.lateness(Status.RECEIVED, ordered, by, null, false, null, checkBy, checkBy.plusDays(1)))
			.isEqualTo(Late.INVOICE_CHECK);
		assertThat(Ordering.earliestExpiry(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
	}

}
