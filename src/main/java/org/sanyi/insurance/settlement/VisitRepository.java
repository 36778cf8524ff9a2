package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanyi.insurance.settlement.Visits.Diagnosis;
import org.sanyi.insurance.settlement.Visits.FeeLineRow;
import org.sanyi.insurance.settlement.Visits.VisitRow;
import org.sanyi.shared.Masking;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Visits, diagnoses and fee lines. Every lookup names the institution: an institution
 * sees only its own visits.
 */
@Repository
public class VisitRepository {

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	VisitRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	void insert(VisitRow v) {
		insertAll(List.of(v));
	}

	void insertAll(List<VisitRow> visits) {
		batch.batchUpdate(
				"""
						insert into ins_visit (mdtrt_id, psn_no, insutype, fixmedins_code, fixmedins_name, fixmedins_region, hosp_lv,
						    mdtrtarea_admvs, insuplc_admdvs, kind, med_type, ipt_otp_no, begntime, endtime, mdtrt_cert_type,
						    mdtrt_cert_no, dise_codg, dise_name, atddr_no, dr_name, dept_code, dept_name, caty, adm_bed, dscg_way,
						    status, created_msgid)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				visits, 1000, (ps, v) -> {
					ps.setString(1, v.visitId());
					ps.setString(2, v.psnNo());
					ps.setString(3, v.insutype());
					ps.setString(4, v.institution());
					ps.setString(5, v.institutionName());
					ps.setString(6, v.institutionRegion());
					ps.setString(7, v.hospitalLevel());
					ps.setString(8, v.treatmentRegion());
					ps.setString(9, v.insuredRegion());
					ps.setString(10, v.kind());
					ps.setString(11, v.medType());
					ps.setString(12, v.hospitalNo());
					ps.setTimestamp(13, Timestamp.valueOf(v.begin()));
					ps.setTimestamp(14, v.end() == null ? null : Timestamp.valueOf(v.end()));
					ps.setString(15, v.certType());
					// kept for the record only: an ID number (certificate type 02) is
					// masked
					ps.setString(16, Masking.idNumbersIn(v.certNo()));
					ps.setString(17, v.diseaseCode());
					ps.setString(18, v.diseaseName());
					ps.setString(19, v.doctorCode());
					ps.setString(20, v.doctorName());
					ps.setString(21, v.deptCode());
					ps.setString(22, v.deptName());
					ps.setString(23, v.caty());
					ps.setString(24, v.bed());
					ps.setString(25, v.dischargeWay());
					ps.setString(26, v.status().name());
					ps.setString(27, v.createdMsgid());
				});
	}

	public Optional<VisitRow> find(String visitId, String institution) {
		return jdbc.sql("select * from ins_visit where mdtrt_id = :v and fixmedins_code = :i")
			.param("v", visitId)
			.param("i", institution)
			.query(VisitRepository::visit)
			.optional();
	}

	/**
	 * The visit, locked until the transaction ends: settlements and state changes of one
	 * visit go one at a time.
	 */
	Optional<VisitRow> lock(String visitId, String institution) {
		return jdbc.sql("select * from ins_visit where mdtrt_id = :v and fixmedins_code = :i for update")
			.param("v", visitId)
			.param("i", institution)
			.query(VisitRepository::visit)
			.optional();
	}

	/**
	 * A locked visit with its diagnosis codes (main first, latest stage), in one round
	 * trip.
	 */
	record LockedVisit(VisitRow visit, List<String> diagnosisCodes) {
	}

	Optional<LockedVisit> lockWithDiagnoses(String visitId, String institution) {
		return jdbc
			.sql("""
					select v.*, (select string_agg(d.diag_code, ',' order by d.maindiag_flag desc, d.diag_srt_no)
					             from ins_diagnosis d where d.mdtrt_id = v.mdtrt_id
					               and d.stage = (select max(stage) from ins_diagnosis x where x.mdtrt_id = v.mdtrt_id)) as codes
					from ins_visit v where v.mdtrt_id = :v and v.fixmedins_code = :i for update of v
					""")
			.param("v", visitId)
			.param("i", institution)
			.query((rs, i) -> {
				String codes = rs.getString("codes");
				return new LockedVisit(visit(rs, i), codes == null ? List.of() : List.of(codes.split(",")));
			})
			.optional();
	}

	public Optional<VisitRow> findByCreatingMessage(String msgid, String institution) {
		return jdbc.sql("select * from ins_visit where created_msgid = :m and fixmedins_code = :i")
			.param("m", msgid)
			.param("i", institution)
			.query(VisitRepository::visit)
			.optional();
	}

	/** The visits of a person at an institution in a time window (5201). */
	public List<VisitRow> search(String institution, String psnNo, LocalDateTime from, LocalDateTime to, String medType,
			String visitId) {
		return jdbc.sql("""
				select * from ins_visit where fixmedins_code = :i and psn_no = :p
				  and (cast(:from as timestamp) is null or begntime >= :from)
				  and (cast(:to as timestamp) is null or begntime <= :to)
				  and (:medType = '' or med_type = :medType) and (:visit = '' or mdtrt_id = :visit)
				order by begntime limit 500
				""")
			.param("i", institution)
			.param("p", psnNo)
			.param("from", from)
			.param("to", to)
			.param("medType", medType == null ? "" : medType)
			.param("visit", visitId == null ? "" : visitId)
			.query(VisitRepository::visit)
			.list();
	}

	void setStatus(String visitId, VisitStatus status) {
		jdbc.sql("update ins_visit set status = :s, version = version + 1 where mdtrt_id = :v")
			.param("s", status.name())
			.param("v", visitId)
			.update();
	}

	/** 2203: the medical type, main condition and disease of an outpatient visit. */
	void describe(String visitId, String medType, String diseaseCode, String diseaseName) {
		jdbc.sql("update ins_visit set med_type = :m, dise_codg = :c, dise_name = :n, version = version + 1 "
				+ "where mdtrt_id = :v")
			.param("m", medType)
			.param("c", diseaseCode)
			.param("n", diseaseName)
			.param("v", visitId)
			.update();
	}

	/** 2403: the admission's corrected fields; a {@code null} keeps the stored value. */
	void changeAdmission(String visitId, VisitService.AdmissionChange c) {
		jdbc.sql("""
				update ins_visit set med_type = coalesce(:m, med_type), dise_codg = coalesce(:c, dise_codg),
				    dise_name = coalesce(:n, dise_name), dept_code = coalesce(:dc, dept_code),
				    dept_name = coalesce(:dn, dept_name), adm_bed = coalesce(:b, adm_bed),
				    atddr_no = coalesce(:ac, atddr_no), dr_name = coalesce(:an, dr_name), version = version + 1
				where mdtrt_id = :v
				""")
			.param("m", c.medType())
			.param("c", c.diseaseCode())
			.param("n", c.diseaseName())
			.param("dc", c.deptCode())
			.param("dn", c.deptName())
			.param("b", c.bed())
			.param("ac", c.doctorCode())
			.param("an", c.doctorName())
			.param("v", visitId)
			.update();
	}

	/** 2402: discharge (or, with nulls, 2405 undoing it). */
	void discharge(String visitId, LocalDateTime end, String diseaseCode, String diseaseName, String dischargeWay,
			VisitStatus status) {
		jdbc.sql(
				"update ins_visit set endtime = :e, dise_codg = coalesce(:c, dise_codg), dise_name = coalesce(:n, dise_name), "
						+ "dscg_way = :w, status = :s, version = version + 1 where mdtrt_id = :v")
			.param("e", end)
			.param("c", diseaseCode)
			.param("n", diseaseName)
			.param("w", dischargeWay)
			.param("s", status.name())
			.param("v", visitId)
			.update();
	}

	/** Replaces the diagnoses of one stage (2203, 2401, 2402). */
	void replaceDiagnoses(String visitId, String stage, List<Diagnosis> diagnoses) {
		jdbc.sql("delete from ins_diagnosis where mdtrt_id = :v and stage = :s")
			.param("v", visitId)
			.param("s", stage)
			.update();
		insertDiagnoses(visitId, stage, diagnoses);
	}

	void insertDiagnoses(String visitId, String stage, List<Diagnosis> diagnoses) {
		insertDiagnoses(diagnoses.stream().map(d -> new StagedDiagnosis(visitId, stage, d)).toList());
	}

	/** A diagnosis with its visit and stage, for bulk inserts. */
	record StagedDiagnosis(String visitId, String stage, Diagnosis diagnosis) {
	}

	void insertDiagnoses(List<StagedDiagnosis> rows) {
		batch.batchUpdate("""
				insert into ins_diagnosis (mdtrt_id, stage, diag_srt_no, diag_type, maindiag_flag, diag_code, diag_name,
				    diag_dept, dise_dor_no, dise_dor_name, diag_time) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				""", rows, 1000, (ps, row) -> {
			Diagnosis d = row.diagnosis();
			ps.setString(1, row.visitId());
			ps.setString(2, row.stage());
			ps.setInt(3, d.order());
			ps.setString(4, d.type());
			ps.setBoolean(5, d.main());
			ps.setString(6, d.code());
			ps.setString(7, d.name());
			ps.setString(8, d.dept());
			ps.setString(9, d.doctorCode());
			ps.setString(10, d.doctorName());
			ps.setTimestamp(11, d.time() == null ? null : Timestamp.valueOf(d.time()));
		});
	}

	/**
	 * The ICD codes of a visit, main diagnosis first, the latest stage (discharge, visit,
	 * admission) preferred.
	 */
	public List<String> diagnosisCodes(String visitId) {
		return jdbc.sql("""
				select diag_code from ins_diagnosis where mdtrt_id = :v
				  and stage = (select max(stage) from ins_diagnosis where mdtrt_id = :v)
				order by maindiag_flag desc, diag_srt_no
				""").param("v", visitId).query(String.class).list();
	}

	public List<Diagnosis> diagnoses(String visitId) {
		return jdbc.sql("select * from ins_diagnosis where mdtrt_id = :v order by stage desc, diag_srt_no")
			.param("v", visitId)
			.query((rs, i) -> new Diagnosis(rs.getInt("diag_srt_no"), rs.getString("diag_type"),
					rs.getBoolean("maindiag_flag"), rs.getString("diag_code"), rs.getString("diag_name"),
					rs.getString("diag_dept"), rs.getString("dise_dor_no"), rs.getString("dise_dor_name"),
					rs.getObject("diag_time", LocalDateTime.class)))
			.list();
	}

	/**
	 * The settlements in force whose lines were dispensed on the external prescription
	 * ({@code ext_rxno}); a reversed settlement frees its lines.
	 */
	Set<String> settlementsOn(String rxno) {
		return Set
			.copyOf(jdbc.sql("select distinct setl_id from ins_fee_line where ext_rxno = :rx and setl_id is not null "
					+ "and status = 'ACTIVE'")
				.param("rx", rxno)
				.query(String.class)
				.list());
	}

	void insertLines(List<FeeLineRow> lines) {
		batch.batchUpdate(
				"""
						insert into ins_fee_line (id, mdtrt_id, feedetl_sn, chrg_bchno, med_list_codg, medins_list_codg, item_name,
						    med_chrgitm_type, pric, cnt, det_item_fee_sumamt, fee_ocur_time, bilg_dept_codg, bilg_dr_codg,
						    chrgitm_lv, selfpay_prop, pric_uplmt_amt, fulamt_ownpay_amt, overlmt_amt, preselfpay_amt,
						    inscp_scp_amt, status, setl_id, upload_msgid, init_feedetl_sn, init_line_id, prd_days, ext_rxno)
						values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
						""",
				lines, 1000, (ps, l) -> {
					ps.setLong(1, l.id());
					ps.setString(2, l.visitId());
					ps.setString(3, l.lineNo());
					ps.setString(4, l.batchNo());
					ps.setString(5, l.code());
					ps.setString(6, l.hospitalCode());
					ps.setString(7, l.itemName());
					ps.setString(8, l.chargeType());
					ps.setBigDecimal(9, l.price());
					ps.setBigDecimal(10, l.quantity());
					ps.setBigDecimal(11, l.amount());
					ps.setTimestamp(12, l.occurredAt() == null ? null : Timestamp.valueOf(l.occurredAt()));
					ps.setString(13, l.deptCode());
					ps.setString(14, l.doctorCode());
					ps.setString(15, l.catalogueClass());
					ps.setBigDecimal(16, l.selfPayRatio());
					ps.setBigDecimal(17, l.priceCap());
					ps.setBigDecimal(18, l.fullOwnPay());
					ps.setBigDecimal(19, l.overLimit());
					ps.setBigDecimal(20, l.preSelfPay());
					ps.setBigDecimal(21, l.inScope());
					ps.setString(22, l.status());
					ps.setString(23, l.setlId());
					ps.setString(24, l.uploadMsgid());
					ps.setString(25, l.initLineNo());
					if (l.initLineId() == null) {
						ps.setNull(26, java.sql.Types.BIGINT);
					}
					else {
						ps.setLong(26, l.initLineId());
					}
					if (l.days() == null) {
						ps.setNull(27, java.sql.Types.SMALLINT);
					}
					else {
						ps.setInt(27, l.days());
					}
					ps.setString(28, l.externalRx());
				});
	}

	/**
	 * The visit's active lines not covered by a settlement; of one charge batch unless
	 * {@code batchNo} is null. A refund line belongs to its original's batch, whatever
	 * its own {@code chrg_bchno}: it is settled with it.
	 */
	List<FeeLineRow> unsettledLines(String visitId, String batchNo) {
		return jdbc
			.sql("select * from ins_fee_line l where mdtrt_id = :v and status = 'ACTIVE' and setl_id is null "
					+ "and (:b = '' or coalesce((select o.chrg_bchno from ins_fee_line o where o.id = l.init_line_id), "
					+ "l.chrg_bchno) = :b) order by id")
			.param("v", visitId)
			.param("b", batchNo == null ? "" : batchNo)
			.query(VisitRepository::line)
			.list();
	}

	public List<FeeLineRow> activeLines(String visitId) {
		return jdbc.sql("select * from ins_fee_line where mdtrt_id = :v and status = 'ACTIVE' order by id")
			.param("v", visitId)
			.query(VisitRepository::line)
			.list();
	}

	/** The lines a settlement covered (also after it was reversed). */
	public List<FeeLineRow> settledLines(String setlId) {
		return jdbc
			.sql("select l.* from ins_settlement_line s join ins_fee_line l on l.id = s.fee_line_id "
					+ "where s.setl_id = :s order by l.id")
			.param("s", setlId)
			.query(VisitRepository::line)
			.list();
	}

	/**
	 * Cancels unsettled lines: all of the visit, of a batch, or one serial number (2205,
	 * 2302); returns how many.
	 */
	int cancelLines(String visitId, String batchNo, String lineNo) {
		return jdbc
			.sql("update ins_fee_line set status = 'CANCELLED' where mdtrt_id = :v and status = 'ACTIVE' "
					+ "and setl_id is null and (:b = '' or chrg_bchno = :b) and (:sn = '' or feedetl_sn = :sn)")
			.param("v", visitId)
			.param("b", batchNo == null ? "" : batchNo)
			.param("sn", lineNo == null ? "" : lineNo)
			.update();
	}

	/**
	 * Cancels the given unsettled lines of a visit (chosen by
	 * {@code VisitService.cancelChosen}); returns how many.
	 */
	int cancelLineIds(String visitId, long[] lineIds) {
		if (lineIds.length == 0) {
			return 0;
		}
		return jdbc
			.sql("update ins_fee_line set status = 'CANCELLED' where mdtrt_id = :v and id = any (:ids) "
					+ "and status = 'ACTIVE' and setl_id is null")
			.param("v", visitId)
			.param("ids", lineIds)
			.update();
	}

	/**
	 * For the refund lines of an upload: the visit's active lines with these serials (the
	 * originals named by {@code init_feedetl_sn}) and the active refund lines of those.
	 */
	List<FeeLineRow> originalsAndRefunds(String visitId, String[] lineNos) {
		return jdbc.sql("""
				select * from ins_fee_line where mdtrt_id = :v and status = 'ACTIVE'
				  and (feedetl_sn = any (:sns) or init_line_id in (select id from ins_fee_line where mdtrt_id = :v
				       and status = 'ACTIVE' and feedetl_sn = any (:sns)))
				order by id
				""").param("v", visitId).param("sns", lineNos).query(VisitRepository::line).list();
	}

	/**
	 * The visit a fee upload (2204, 2301) was for, from the stored message (all its lines
	 * name one visit).
	 */
	public Optional<String> visitOfUpload(String msgid) {
		return jdbc.sql("select request::jsonb #>> '{input,feedetail,0,mdtrt_id}' from ins_message where msgid = :m")
			.param("m", msgid)
			.query(String.class)
			.optional();
	}

	/**
	 * Marks the lines settled, records which lines the settlement covered and the visit
	 * SETTLED, in one statement.
	 */
	void settle(String visitId, String setlId, long[] lineIds) {
		jdbc.sql("""
				with lines as (update ins_fee_line set setl_id = :s where id = any (:ids) returning id),
				     covered as (insert into ins_settlement_line (setl_id, fee_line_id) select :s, id from lines),
				     visit as (update ins_visit set status = 'SETTLED', version = version + 1 where mdtrt_id = :v)
				select count(*) from lines
				""").param("s", setlId).param("ids", lineIds).param("v", visitId).query(Long.class).single();
	}

	/** Interim settlement: the lines are covered, the visit stays admitted. */
	void settleLinesOnly(String setlId, long[] lineIds) {
		jdbc.sql("""
				with lines as (update ins_fee_line set setl_id = :s where id = any (:ids) returning id)
				insert into ins_settlement_line (setl_id, fee_line_id) select :s, id from lines
				""").param("s", setlId).param("ids", lineIds).update();
	}

	/**
	 * The visit's settlements still standing (not reversed), oldest first: setl_id, date
	 * and deductible borne.
	 */
	List<Standing> standingSettlements(String visitId) {
		return jdbc
			.sql("select setl_id, setl_date, act_pay_dedc, setl_time from ins_settlement "
					+ "where mdtrt_id = :v and status = 'SETTLED' order by setl_time, setl_id")
			.param("v", visitId)
			.query((rs, i) -> new Standing(rs.getString(1), rs.getObject(2, java.time.LocalDate.class),
					rs.getBigDecimal(3), rs.getObject(4, java.time.OffsetDateTime.class)))
			.list();
	}

	/** A standing settlement of a visit. */
	record Standing(String setlId, java.time.LocalDate date, BigDecimal deductible, java.time.OffsetDateTime at) {
	}

	void free(String setlId) {
		jdbc.sql("update ins_fee_line set setl_id = null where id in (select fee_line_id from ins_settlement_line "
				+ "where setl_id = :s) and setl_id = :s")
			.param("s", setlId)
			.update();
	}

	static VisitRow visit(ResultSet rs, int i) throws SQLException {
		return new VisitRow(rs.getString("mdtrt_id"), rs.getString("psn_no"), rs.getString("insutype"),
				rs.getString("fixmedins_code"), rs.getString("fixmedins_name"), rs.getString("fixmedins_region"),
				rs.getString("hosp_lv"), rs.getString("mdtrtarea_admvs"), rs.getString("insuplc_admdvs"),
				rs.getString("kind"), rs.getString("med_type"), rs.getString("ipt_otp_no"),
				rs.getObject("begntime", LocalDateTime.class), rs.getObject("endtime", LocalDateTime.class),
				rs.getString("mdtrt_cert_type"), rs.getString("mdtrt_cert_no"), rs.getString("dise_codg"),
				rs.getString("dise_name"), rs.getString("atddr_no"), rs.getString("dr_name"), rs.getString("dept_code"),
				rs.getString("dept_name"), rs.getString("caty"), rs.getString("adm_bed"), rs.getString("dscg_way"),
				VisitStatus.valueOf(rs.getString("status")), rs.getString("created_msgid"));
	}

	static FeeLineRow line(ResultSet rs, int i) throws SQLException {
		return new FeeLineRow(rs.getLong("id"), rs.getString("mdtrt_id"), rs.getString("feedetl_sn"),
				rs.getString("chrg_bchno"), rs.getString("med_list_codg"), rs.getString("medins_list_codg"),
				rs.getString("item_name"), rs.getString("med_chrgitm_type"), rs.getBigDecimal("pric"),
				rs.getBigDecimal("cnt"), rs.getBigDecimal("det_item_fee_sumamt"),
				rs.getObject("fee_ocur_time", LocalDateTime.class), rs.getString("bilg_dept_codg"),
				rs.getString("bilg_dr_codg"), rs.getString("chrgitm_lv"), rs.getBigDecimal("selfpay_prop"),
				rs.getBigDecimal("pric_uplmt_amt"), rs.getBigDecimal("fulamt_ownpay_amt"),
				rs.getBigDecimal("overlmt_amt"), rs.getBigDecimal("preselfpay_amt"), rs.getBigDecimal("inscp_scp_amt"),
				rs.getString("status"), rs.getString("setl_id"), rs.getString("upload_msgid"),
				rs.getString("init_feedetl_sn"), rs.getObject("init_line_id", Long.class),
				rs.getObject("prd_days", Integer.class), rs.getString("ext_rxno"));
	}

}
