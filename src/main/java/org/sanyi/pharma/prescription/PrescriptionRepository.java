package org.sanyi.pharma.prescription;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.insurance.FundPrecheck;
import org.sanyi.pharma.engine.RxState;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code ph_prescription}, its lines, events and dispensings. */
@Repository
class PrescriptionRepository {

	private static final String COLUMNS = "p.*";

	private final JdbcClient jdbc;

	PrescriptionRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A person's purchases of the given drugs dispensed from {@code from} to {@code to}:
	 * each sale (7206) of a prescription once per drug, with the prescribed days
	 * supplied. One statement through the person's index ({@code ph_prescription_psn})
	 * and the dispensings' and lines' keys.
	 */
	List<Dispensed> purchases(String psnNo, List<String> codes, LocalDate from, LocalDate to) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select d.hi_rxno || '/' || d.use_no as visit_id, dl.item_code, d.dispensed_on, max(pl.days) as days,
				       d.setl_id
				from ph_prescription p
				join ph_dispensing d on d.hi_rxno = p.hi_rxno
				join ph_dispensing_line dl on dl.dispensing_id = d.id
				join ph_prescription_line pl on pl.hi_rxno = p.hi_rxno and pl.item_code = dl.item_code
				where p.psn_no = :psn and dl.item_code = any(:codes) and d.dispensed_on between :from and :to
				group by d.hi_rxno, d.use_no, dl.item_code, d.dispensed_on, d.setl_id""")
			.param("psn", psnNo)
			.param("codes", codes.toArray(String[]::new))
			.param("from", from)
			.param("to", to)
			.query((rs,
					n) -> new Dispensed(new FundPrecheck.Purchase(rs.getString(1), rs.getString(2),
							rs.getObject(3, LocalDate.class), rs.getInt(4)), rs.getString(5)))
			.list();
	}

	/**
	 * A purchase on an e-prescription, and the settlement its sale was written off
	 * against (null when the person paid it all).
	 */
	record Dispensed(FundPrecheck.Purchase purchase, String settlementId) {
	}

	/** The upload's non-blocking findings, kept as the hints of 处方点评. */
	void insertFindings(String hiRxno, List<org.sanyi.pharma.engine.RxFinding> findings) {
		for (int i = 0; i < findings.size(); i++) {
			var f = findings.get(i);
			jdbc.sql("""
					insert into ph_rx_finding (hi_rxno, seq, rule_id, review_item, message_key, args)
					values (:rx, :seq, :rule, :item, :key, :args)""")
				.param("rx", hiRxno)
				.param("seq", i + 1)
				.param("rule", f.ruleId())
				.param("item", f.reviewItem())
				.param("key", f.messageKey())
				.param("args", String.join("\u001f", f.args()))
				.update();
		}
	}

	void insert(PrescriptionRow r, List<RxLineRow> lines) {
		jdbc.sql(
				"""
						insert into ph_prescription (hi_rxno, hosp_rxno, init_rxno, institution_code, institution_region, psn_no,
						    resident_id, patient_name, rx_type_code, dept_name, doctor_code, doctor_name, diagnosis_code,
						    diagnosis_name, valid_days, issued_at, valid_end_time, rept_flag, max_rept_cnt, min_inrv_days,
						    rx_cotn_flag, state, epc_token, sign_algorithm, doctor_signature)
						values (:hi, :hosp, :init, :inst, :region, :psn, :resident, :name, :type, :dept, :dr, :drName, :dise,
						    :diseName, :valid, :issued, :end, :rept, :max, :inrv, :cotn, :state, :token, :alg, :sig)""")
			.param("hi", r.hiRxno())
			.param("hosp", r.hospRxno())
			.param("init", r.initRxno())
			.param("inst", r.institutionCode())
			.param("region", r.institutionRegion())
			.param("psn", r.psnNo())
			.param("resident", r.residentId())
			.param("name", r.patientName())
			.param("type", r.rxTypeCode())
			.param("dept", r.deptName())
			.param("dr", r.doctorCode())
			.param("drName", r.doctorName())
			.param("dise", r.diagnosisCode())
			.param("diseName", r.diagnosisName())
			.param("valid", r.validDays())
			.param("issued", r.issuedAt())
			.param("end", r.validEnd())
			.param("rept", r.repeat())
			.param("max", r.maxRepeats())
			.param("inrv", r.minIntervalDays())
			.param("cotn", r.continuation())
			.param("state", r.state().name())
			.param("token", r.epcToken())
			.param("alg", r.signAlgorithm())
			.param("sig", r.doctorSignature())
			.update();
		for (RxLineRow l : lines) {
			jdbc.sql("""
					insert into ph_prescription_line (hi_rxno, line_no, item_code, item_name, single_dose, dose_unit,
					    frequency, route, days, quantity)
					values (:hi, :no, :code, :name, :dose, :unit, :freq, :route, :days, :qty)""")
				.param("hi", r.hiRxno())
				.param("no", l.lineNo())
				.param("code", l.code())
				.param("name", l.name())
				.param("dose", l.singleDose())
				.param("unit", l.doseUnit())
				.param("freq", l.frequency())
				.param("route", l.route())
				.param("days", l.days())
				.param("qty", l.quantity())
				.update();
		}
	}

	/** The prescription, locked for the step about to change it. */
	Optional<PrescriptionRow> lock(String hiRxno) {
		return jdbc.sql("select " + COLUMNS + " from ph_prescription p where hi_rxno = :hi for update")
			.param("hi", hiRxno)
			.query(PrescriptionRepository::row)
			.optional();
	}

	Optional<PrescriptionRow> find(String hiRxno) {
		return jdbc.sql("select " + COLUMNS + " from ph_prescription p where hi_rxno = :hi")
			.param("hi", hiRxno)
			.query(PrescriptionRepository::row)
			.optional();
	}

	Optional<PrescriptionRow> findByToken(String token) {
		return jdbc.sql("select " + COLUMNS + " from ph_prescription p where epc_token = :t")
			.param("t", token)
			.query(PrescriptionRepository::row)
			.optional();
	}

	Optional<PrescriptionRow> findByHospRxno(String institution, String hospRxno) {
		return jdbc.sql("select " + COLUMNS + " from ph_prescription p where institution_code = :i and hosp_rxno = :h")
			.param("i", institution)
			.param("h", hospRxno)
			.query(PrescriptionRepository::row)
			.optional();
	}

	List<PrescriptionRow> ofResident(String residentId, int limit) {
		return jdbc
			.sql("select " + COLUMNS
					+ " from ph_prescription p where resident_id = :r order by issued_at desc, hi_rxno limit :limit")
			.param("r", residentId)
			.param("limit", limit)
			.query(PrescriptionRepository::row)
			.list();
	}

	/**
	 * A pharmacy's work list: what it holds, and what residents chose it for that is
	 * still open.
	 */
	List<PrescriptionRow> forPharmacy(String pharmacy, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from ph_prescription p
				where holder_pharmacy = :ph
				   or (chosen_pharmacy = :ph and state in ('UPLOADED', 'DISPENSED'))
				   or (holder_pharmacy is null and state = 'USED_UP' and exists (
				       select 1 from ph_dispensing d where d.hi_rxno = p.hi_rxno and d.pharmacy_code = :ph))
				order by updated_at desc, hi_rxno limit :limit""")
			.param("ph", pharmacy)
			.param("limit", limit)
			.query(PrescriptionRepository::row)
			.list();
	}

	/**
	 * Prescriptions of institutions under a region prefix (the bureau's view), newest
	 * first.
	 */
	List<PrescriptionRow> underRegion(String prefix, String institution, int limit) {
		return jdbc.sql("select " + COLUMNS + """
				 from ph_prescription p
				where (:prefix = '' or institution_region like :prefix || '%')
				  and (:inst = '' or institution_code = :inst)
				order by issued_at desc, hi_rxno limit :limit""")
			.param("prefix", prefix)
			.param("inst", institution)
			.param("limit", limit)
			.query(PrescriptionRepository::row)
			.list();
	}

	/** Counts by state under a region prefix. */
	Map<RxState, Integer> countByState(String prefix, String institution) {
		Map<RxState, Integer> counts = new HashMap<>();
		jdbc.sql(
				"""
						select state, count(*) as n from ph_prescription
						where (:prefix = '' or institution_region like :prefix || '%') and (:inst = '' or institution_code = :inst)
						group by state""")
			.param("prefix", prefix)
			.param("inst", institution)
			.query(rs -> {
				counts.put(RxState.valueOf(rs.getString("state")), rs.getInt("n"));
			});
		return counts;
	}

	List<RxLineRow> lines(String hiRxno) {
		return jdbc.sql("select * from ph_prescription_line where hi_rxno = :hi order by line_no")
			.param("hi", hiRxno)
			.query((rs, n) -> new RxLineRow(rs.getInt("line_no"), rs.getString("item_code"), rs.getString("item_name"),
					rs.getBigDecimal("single_dose"), rs.getString("dose_unit"), rs.getString("frequency"),
					rs.getString("route"), rs.getInt("days"), rs.getBigDecimal("quantity")))
			.list();
	}

	/** Moves the prescription to a state, with who holds it and the step's outcome. */
	void update(String hiRxno, RxState state, String holder, String chosen, int used, LocalDate lastDispensed,
			String reviewResult, String revokeReason) {
		jdbc.sql("""
				update ph_prescription set state = :state, holder_pharmacy = :holder, chosen_pharmacy = :chosen,
				    reptd_cnt = :used, last_dispensed_on = :last, review_result = :review, revoke_reason = :revoke,
				    updated_at = now()
				where hi_rxno = :hi""")
			.param("hi", hiRxno)
			.param("state", state.name())
			.param("holder", holder)
			.param("chosen", chosen)
			.param("used", used)
			.param("last", lastDispensed)
			.param("review", reviewResult)
			.param("revoke", revokeReason)
			.update();
	}

	void event(String hiRxno, String kind, String actor, String institution, String msgid, String detail) {
		jdbc.sql("""
				insert into ph_prescription_event (hi_rxno, kind, actor, institution, msgid, detail)
				values (:hi, :kind, :actor, :inst, :msgid, :detail)""")
			.param("hi", hiRxno)
			.param("kind", kind)
			.param("actor", actor)
			.param("inst", institution)
			.param("msgid", msgid)
			.param("detail", detail.length() > 500 ? detail.substring(0, 499) + "…" : detail)
			.update();
	}

	List<RxEventRow> events(String hiRxno) {
		return jdbc.sql("select * from ph_prescription_event where hi_rxno = :hi order by id")
			.param("hi", hiRxno)
			.query((rs, n) -> new RxEventRow(rs.getString("kind"), rs.getObject("at", OffsetDateTime.class),
					rs.getString("actor"), rs.getString("institution"), rs.getString("detail")))
			.list();
	}

	boolean settlementUsed(String setlId) {
		return jdbc.sql("select count(*) from ph_dispensing where setl_id = :s")
			.param("s", setlId)
			.query(Integer.class)
			.single() > 0;
	}

	long insertDispensing(String hiRxno, int useNo, String pharmacy, String msgid, DispensingRow d) {
		long id = jdbc.sql("""
				insert into ph_dispensing (hi_rxno, use_no, pharmacy_code, msgid, pay_mode, setl_id, pharmacist_code,
				    dispenser_code, checker_code, dispensed_on, amount)
				values (:hi, :use, :ph, :msgid, :pay, :setl, :phar, :disp, :chk, :on, :amount) returning id""")
			.param("hi", hiRxno)
			.param("use", useNo)
			.param("ph", pharmacy)
			.param("msgid", msgid)
			.param("pay", d.payMode())
			.param("setl", d.setlId())
			.param("phar", d.pharmacistCode())
			.param("disp", d.dispenserCode())
			.param("chk", d.checkerCode())
			.param("on", d.dispensedOn())
			.param("amount", d.amount())
			.query(Long.class)
			.single();
		for (DispensingRow.Line l : d.lines()) {
			jdbc.sql("""
					insert into ph_dispensing_line (dispensing_id, line_no, item_code, quantity, unit_price, batch_no,
					    expiry_date, trace_codes)
					values (:id, :no, :code, :qty, :price, :batch, :expiry, :trace)""")
				.param("id", id)
				.param("no", l.lineNo())
				.param("code", l.code())
				.param("qty", l.quantity())
				.param("price", l.unitPrice())
				.param("batch", l.batchNo())
				.param("expiry", l.expiry())
				.param("trace", l.traceCodes())
				.update();
		}
		return id;
	}

	List<DispensingRow> dispensings(String hiRxno) {
		Map<Long, List<DispensingRow.Line>> lines = new HashMap<>();
		jdbc.sql("""
				select l.* from ph_dispensing_line l join ph_dispensing d on d.id = l.dispensing_id
				where d.hi_rxno = :hi order by l.dispensing_id, l.line_no""").param("hi", hiRxno).query(rs -> {
			lines.computeIfAbsent(rs.getLong("dispensing_id"), k -> new ArrayList<>())
				.add(new DispensingRow.Line(rs.getInt("line_no"), rs.getString("item_code"),
						rs.getBigDecimal("quantity"), rs.getBigDecimal("unit_price"), rs.getString("batch_no"),
						rs.getObject("expiry_date", LocalDate.class), rs.getString("trace_codes")));
		});
		return jdbc.sql("select * from ph_dispensing where hi_rxno = :hi order by use_no")
			.param("hi", hiRxno)
			.query((rs, n) -> new DispensingRow(rs.getLong("id"), rs.getInt("use_no"), rs.getString("pharmacy_code"),
					rs.getString("pay_mode"), rs.getString("setl_id"), rs.getString("pharmacist_code"),
					rs.getString("dispenser_code"), rs.getString("checker_code"),
					rs.getObject("dispensed_on", LocalDate.class), rs.getBigDecimal("amount"),
					lines.getOrDefault(rs.getLong("id"), List.of())))
			.list();
	}

	private static PrescriptionRow row(ResultSet rs, int n) throws SQLException {
		return new PrescriptionRow(rs.getString("hi_rxno"), rs.getString("hosp_rxno"), rs.getString("init_rxno"),
				rs.getString("institution_code"), rs.getString("institution_region"), rs.getString("psn_no"),
				rs.getString("resident_id"), rs.getString("patient_name"), rs.getString("rx_type_code"),
				rs.getString("dept_name"), rs.getString("doctor_code"), rs.getString("doctor_name"),
				rs.getString("diagnosis_code"), rs.getString("diagnosis_name"), rs.getInt("valid_days"),
				rs.getObject("issued_at", OffsetDateTime.class), rs.getObject("valid_end_time", OffsetDateTime.class),
				rs.getBoolean("rept_flag"), rs.getInt("max_rept_cnt"), rs.getInt("min_inrv_days"),
				rs.getBoolean("rx_cotn_flag"), rs.getInt("reptd_cnt"),
				rs.getObject("last_dispensed_on", LocalDate.class), RxState.valueOf(rs.getString("state")),
				rs.getString("chosen_pharmacy"), rs.getString("holder_pharmacy"), rs.getString("epc_token"),
				rs.getString("sign_algorithm"), rs.getString("doctor_signature"), rs.getString("review_result"),
				rs.getString("revoke_reason"));
	}

}
