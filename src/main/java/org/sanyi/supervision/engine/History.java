package org.sanyi.supervision.engine;

import java.time.LocalDate;
import java.util.List;

/**
 * What the rules that span visits need of a person's earlier care: inpatient stays (分解住院)
 * and drug purchases (高频购药, 超量购药), oldest first. Before and during settlement it is what
 * the HIS sent in the other encounters of the 3101/3102 call; after settlement the batch
 * gives the person's earlier claims of the period.
 */
public record History(List<Stay> stays, List<Purchase> purchases) {

	public static final History NONE = new History(List.of(), List.of());

	public History {
		stays = List.copyOf(stays);
		purchases = List.copyOf(purchases);
	}

	/** An earlier inpatient stay. */
	public record Stay(String visitId, LocalDate admission, LocalDate discharge, String mainDiagnosis) {
	}

	/** An earlier drug purchase or prescription. */
	public record Purchase(String visitId, String code, LocalDate date, int daysSupplied) {
	}

}
