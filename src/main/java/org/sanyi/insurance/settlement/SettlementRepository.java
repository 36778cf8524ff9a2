package org.sanyi.insurance.settlement;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.insurance.settlement.SettlementRow.FundRow;
import org.sanyi.insurance.support.InsuranceConfiguration;
import org.sanyi.insurance.support.Json;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Settlements with their fund rows and covered lines. */
@Repository
public class SettlementRepository {

	private static final String INSERT = """
			insert into ins_settlement (setl_id, mdtrt_id, psn_no, psn_name, insutype, psn_type, cvlserv_flag, med_type,
			    clr_type, fixmedins_code, fixmedins_name, fixmedins_region, person_region, hosp_lv, mdtrtarea_admvs,
			    insuplc_admdvs, policy_code, setl_time, setl_date, begndate, enddate, dise_codg, diag_codes,
			    medfee_sumamt, fulamt_ownpay_amt, overlmt_selfpay, preselfpay_amt, inscp_scp_amt, act_pay_dedc, hifp_pay,
			    pool_prop_selfpay, cvlserv_pay, hifes_pay, hifmi_pay, hifob_pay, maf_pay, oth_pay, fund_pay_sumamt,
			    psn_part_amt, acct_pay, psn_cash_pay, hosp_part_amt, balc, acct_used_flag, accum_delta, medins_setl_id,
			    msgid, invono, refd_setl_flag, init_setl_id, status)
			values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,
			    ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?)
			""";

	private final JdbcClient jdbc;

	private final JdbcTemplate batch;

	SettlementRepository(JdbcClient jdbc, JdbcTemplate batch) {
		this.jdbc = jdbc;
		this.batch = batch;
	}

	/**
	 * Inserts settlements with their fund rows and the ids of the lines each covered (the
	 * map's values).
	 */
	void insertAll(List<SettlementRow> rows, Map<String, long[]> linesBySettlement) {
		batch.batchUpdate(INSERT, rows, 1000, (ps, r) -> {
			int i = 0;
			ps.setString(++i, r.setlId());
			ps.setString(++i, r.visitId());
			ps.setString(++i, r.psnNo());
			ps.setString(++i, r.psnName());
			ps.setString(++i, r.insutype());
			ps.setString(++i, r.psnType());
			ps.setBoolean(++i, r.civilServant());
			ps.setString(++i, r.medType());
			ps.setString(++i, r.clrType());
			ps.setString(++i, r.institution());
			ps.setString(++i, r.institutionName());
			ps.setString(++i, r.institutionRegion());
			ps.setString(++i, r.personRegion());
			ps.setString(++i, r.hospitalLevel());
			ps.setString(++i, r.treatmentRegion());
			ps.setString(++i, r.insuredRegion());
			ps.setString(++i, r.policyCode());
			ps.setTimestamp(++i, Timestamp.from(r.settledAt().toInstant()));
			ps.setObject(++i, r.settlementDate());
			ps.setObject(++i, r.beginDate());
			ps.setObject(++i, r.endDate());
			ps.setString(++i, r.diseaseCode());
			ps.setString(++i, r.diagnosisCodes());
			ps.setBigDecimal(++i, r.medicalFees());
			ps.setBigDecimal(++i, r.fullOwnPay());
			ps.setBigDecimal(++i, r.overLimit());
			ps.setBigDecimal(++i, r.preSelfPay());
			ps.setBigDecimal(++i, r.inScope());
			ps.setBigDecimal(++i, r.deductible());
			ps.setBigDecimal(++i, r.poolPay());
			ps.setBigDecimal(++i, r.poolRatio());
			ps.setBigDecimal(++i, r.civilServantPay());
			ps.setBigDecimal(++i, r.enterprisePay());
			ps.setBigDecimal(++i, r.criticalIllnessPay());
			ps.setBigDecimal(++i, r.largeExpensePay());
			ps.setBigDecimal(++i, r.assistancePay());
			ps.setBigDecimal(++i, r.otherPay());
			ps.setBigDecimal(++i, r.fundTotal());
			ps.setBigDecimal(++i, r.personalPart());
			ps.setBigDecimal(++i, r.accountPay());
			ps.setBigDecimal(++i, r.cashPay());
			ps.setBigDecimal(++i, r.hospitalPart());
			ps.setBigDecimal(++i, r.balance());
			ps.setBoolean(++i, r.useAccount());
			ps.setString(++i, Json.write(r.accumDelta()));
			ps.setString(++i, r.medinsSetlId());
			ps.setString(++i, r.msgid());
			ps.setString(++i, r.invoiceNo());
			ps.setBoolean(++i, r.refund());
			ps.setString(++i, r.originalSetlId());
			ps.setString(++i, r.status());
		});
		List<Object[]> funds = new ArrayList<>();
		List<Object[]> links = new ArrayList<>();
		for (SettlementRow r : rows) {
			int seq = 0;
			for (FundRow f : r.funds()) {
				funds.add(new Object[] { r.setlId(), ++seq, f.fundPayType(), f.base(), f.limitRemaining(), f.amount(),
						f.trace() });
			}
			long[] lines = linesBySettlement.get(r.setlId());
			if (lines != null) {
				for (long id : lines) {
					links.add(new Object[] { r.setlId(), id });
				}
			}
		}
		batch.batchUpdate(
				"insert into ins_settlement_fund (setl_id, seq, fund_pay_type, inscp_scp_amt, crt_payb_lmt_amt, "
						+ "fund_payamt, setl_proc_info) values (?, ?, ?, ?, ?, ?, ?)",
				funds);
		batch.batchUpdate("insert into ins_settlement_line (setl_id, fee_line_id) values (?, ?)", links);
	}

	/** A settlement of an institution. */
	public Optional<SettlementRow> find(String setlId, String institution) {
		return one("select * from ins_settlement where setl_id = :s and fixmedins_code = :i", setlId, institution);
	}

	/** Any settlement, for the pages (they apply the data scope themselves). */
	public Optional<SettlementRow> find(String setlId) {
		return one("select * from ins_settlement where setl_id = :s and fixmedins_code = coalesce(:i, fixmedins_code)",
				setlId, null);
	}

	Optional<SettlementRow> lock(String setlId, String institution) {
		return one("select * from ins_settlement where setl_id = :s and fixmedins_code = :i for update", setlId,
				institution);
	}

	Optional<SettlementRow> findPostedBy(String msgid, String institution) {
		return jdbc
			.sql("select setl_id from ins_settlement where msgid = :m and fixmedins_code = :i and status <> 'REVERSAL'")
			.param("m", msgid)
			.param("i", institution)
			.query(String.class)
			.optional()
			.flatMap(setlId -> find(setlId, institution));
	}

	void markReversed(String setlId, String reversalId) {
		jdbc.sql("update ins_settlement set status = 'REVERSED', reversed_by = :r where setl_id = :s")
			.param("r", reversalId)
			.param("s", setlId)
			.update();
	}

	private Optional<SettlementRow> one(String sql, String setlId, String institution) {
		Optional<SettlementRow> head = jdbc.sql(sql)
			.param("s", setlId)
			.param("i", institution)
			.query(SettlementRepository::row)
			.optional();
		return head.map(row -> withFunds(row, funds(row.setlId())));
	}

	List<FundRow> funds(String setlId) {
		return jdbc.sql("select * from ins_settlement_fund where setl_id = :s order by seq")
			.param("s", setlId)
			.query((rs, i) -> new FundRow(rs.getString("fund_pay_type"), rs.getBigDecimal("inscp_scp_amt"),
					rs.getBigDecimal("crt_payb_lmt_amt"), rs.getBigDecimal("fund_payamt"),
					rs.getString("setl_proc_info")))
			.list();
	}

	static SettlementRow withFunds(SettlementRow r, List<FundRow> funds) {
		return new SettlementRow(r.setlId(), r.visitId(), r.psnNo(), r.psnName(), r.insutype(), r.psnType(),
				r.civilServant(), r.medType(), r.clrType(), r.institution(), r.institutionName(), r.institutionRegion(),
				r.personRegion(), r.hospitalLevel(), r.treatmentRegion(), r.insuredRegion(), r.policyCode(),
				r.settledAt(), r.settlementDate(), r.beginDate(), r.endDate(), r.diseaseCode(), r.diagnosisCodes(),
				r.medicalFees(), r.fullOwnPay(), r.overLimit(), r.preSelfPay(), r.inScope(), r.deductible(),
				r.poolPay(), r.poolRatio(), r.civilServantPay(), r.enterprisePay(), r.criticalIllnessPay(),
				r.largeExpensePay(), r.assistancePay(), r.otherPay(), r.fundTotal(), r.personalPart(), r.accountPay(),
				r.cashPay(), r.hospitalPart(), r.balance(), r.useAccount(), r.accumDelta(), r.medinsSetlId(), r.msgid(),
				r.invoiceNo(), r.refund(), r.originalSetlId(), r.status(), r.reversedBy(), funds);
	}

	static SettlementRow row(ResultSet rs, int i) throws SQLException {
		return new SettlementRow(rs.getString("setl_id"), rs.getString("mdtrt_id"), rs.getString("psn_no"),
				rs.getString("psn_name"), rs.getString("insutype"), rs.getString("psn_type"),
				rs.getBoolean("cvlserv_flag"), rs.getString("med_type"), rs.getString("clr_type"),
				rs.getString("fixmedins_code"), rs.getString("fixmedins_name"), rs.getString("fixmedins_region"),
				rs.getString("person_region"), rs.getString("hosp_lv"), rs.getString("mdtrtarea_admvs"),
				rs.getString("insuplc_admdvs"), rs.getString("policy_code"),
				InsuranceConfiguration.local(rs.getObject("setl_time", OffsetDateTime.class)),
				rs.getObject("setl_date", LocalDate.class), rs.getObject("begndate", LocalDate.class),
				rs.getObject("enddate", LocalDate.class), rs.getString("dise_codg"), rs.getString("diag_codes"),
				rs.getBigDecimal("medfee_sumamt"), rs.getBigDecimal("fulamt_ownpay_amt"),
				rs.getBigDecimal("overlmt_selfpay"), rs.getBigDecimal("preselfpay_amt"),
				rs.getBigDecimal("inscp_scp_amt"), rs.getBigDecimal("act_pay_dedc"), rs.getBigDecimal("hifp_pay"),
				rs.getBigDecimal("pool_prop_selfpay"), rs.getBigDecimal("cvlserv_pay"), rs.getBigDecimal("hifes_pay"),
				rs.getBigDecimal("hifmi_pay"), rs.getBigDecimal("hifob_pay"), rs.getBigDecimal("maf_pay"),
				rs.getBigDecimal("oth_pay"), rs.getBigDecimal("fund_pay_sumamt"), rs.getBigDecimal("psn_part_amt"),
				rs.getBigDecimal("acct_pay"), rs.getBigDecimal("psn_cash_pay"), rs.getBigDecimal("hosp_part_amt"),
				rs.getBigDecimal("balc"), rs.getBoolean("acct_used_flag"), Json.decimalMap(rs.getString("accum_delta")),
				rs.getString("medins_setl_id"), rs.getString("msgid"), rs.getString("invono"),
				rs.getBoolean("refd_setl_flag"), rs.getString("init_setl_id"), rs.getString("status"),
				rs.getString("reversed_by"), List.of());
	}

}
