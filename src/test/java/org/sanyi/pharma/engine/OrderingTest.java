package org.sanyi.pharma.engine;

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
	void whatIsLateDependsOnTheStateAndTheDay() {
		LocalDate ordered = LocalDate.of(2026, 11, 2);
		LocalDate by = LocalDate.of(2026, 11, 5);
		assertThat(Ordering.lateness(Status.SUBMITTED, ordered, by, null, null, false, null, ordered.plusDays(1)))
			.isNull();
		assertThat(Ordering.lateness(Status.SUBMITTED, ordered, by, null, null, false, null, ordered.plusDays(2)))
			.isEqualTo(Late.CONFIRMATION);
		assertThat(Ordering.lateness(Status.CONFIRMED, ordered, by, null, null, false, null, by)).isNull();
		assertThat(Ordering.lateness(Status.CONFIRMED, ordered, by, null, null, false, null, by.plusDays(1)))
			.isEqualTo(Late.DELIVERY);
		LocalDate due = Ordering.dueOn(LocalDate.of(2026, 11, 4), 30);
		assertThat(due).isEqualTo(LocalDate.of(2026, 12, 4));
		assertThat(Ordering.lateness(Status.RECEIVED, ordered, by, null, due, false, null, due)).isNull();
		assertThat(Ordering.lateness(Status.RECEIVED, ordered, by, null, due, false, null, due.plusDays(1)))
			.isEqualTo(Late.PAYMENT);
		assertThat(Ordering.lateness(Status.RECEIVED, ordered, by, null, due, true, null, due.plusDays(9))).isNull();
		assertThat(Ordering.lateness(Status.REFUSED, ordered, by, null, null, false, null, due)).isNull();
		// received 4 Nov, invoice submitted with the goods on 3 Nov: checked by 9 Nov
		LocalDate checkBy = Invoicing.checkBy(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 4));
		assertThat(checkBy).isEqualTo(LocalDate.of(2026, 11, 9));
		assertThat(Ordering.lateness(Status.RECEIVED, ordered, by, null, null, false, checkBy, checkBy)).isNull();
		assertThat(Ordering.lateness(Status.RECEIVED, ordered, by, null, null, false, checkBy, checkBy.plusDays(1)))
			.isEqualTo(Late.INVOICE_CHECK);
		assertThat(Ordering.earliestExpiry(LocalDate.of(2026, 8, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
	}

}
