package org.sanyi.drg.settlementlist;

import java.time.LocalDateTime;
import java.util.List;

/**
 * A settlement list after parsing: what grouping and storage need, with the codes in the
 * order the list gives them (main diagnosis and main procedure first).
 */
record SettlementList(String infno, String setlId, String mdtrtId, String psnNo, String psnName, String gend,
		java.time.LocalDate brdy, int age, Integer nwbAgeDays, int nwbBirWt, LocalDateTime admTime,
		LocalDateTime dscgTime, int actIptDays, String admCaty, String dscgCaty, String dscgWay,
		List<Diagnosis> diagnoses, List<Procedure> procedures) {

	record Diagnosis(String type, String code, String name, boolean main, String admCond) {
	}

	record Procedure(String code, String name, boolean main, String date, String anaesthesia, String surgeon) {
	}

	/**
	 * Western-medicine diagnosis codes (diag_type 1), the main one first: what DRG groups
	 * on.
	 */
	List<String> westernCodes() {
		java.util.List<String> codes = new java.util.ArrayList<>();
		diagnoses.stream().filter(d -> d.main() && "1".equals(d.type())).forEach(d -> codes.add(d.code()));
		diagnoses.stream().filter(d -> !d.main() && "1".equals(d.type())).forEach(d -> codes.add(d.code()));
		return codes;
	}

	List<String> procedureCodes() {
		java.util.List<String> codes = new java.util.ArrayList<>();
		procedures.stream().filter(Procedure::main).forEach(p -> codes.add(p.code()));
		procedures.stream().filter(p -> !p.main()).forEach(p -> codes.add(p.code()));
		return codes;
	}

}
