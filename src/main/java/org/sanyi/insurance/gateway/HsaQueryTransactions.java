package org.sanyi.insurance.gateway;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.reconciliation.ReconciliationFiles;
import org.sanyi.insurance.settlement.SettlementRepository;
import org.sanyi.insurance.settlement.SettlementRow;
import org.sanyi.insurance.reconciliation.StatementService;
import org.sanyi.insurance.reconciliation.StatementService.DetailLine;
import org.sanyi.insurance.reconciliation.StatementService.StatementRequest;
import org.sanyi.insurance.reconciliation.StatementService.Totals;
import org.sanyi.insurance.settlement.VisitRepository;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Component;

/**
 * Queries of an institution's own visits (5201), settlements (5203) and fee lines (5204),
 * and reconciliation of totals (3201) and of details (3202: by a 9101 file named in
 * {@code data.file_qury_no}, the national way, answering {@code fileinfo} of the result
 * file to fetch with 9102; or, for older clients, lines inline in {@code detail[]}).
 */
@Component
class HsaQueryTransactions implements HsaTransaction.Group {

	private final VisitRepository visits;

	private final SettlementRepository settlements;

	private final StatementService statements;

	private final ReconciliationFiles files;

	HsaQueryTransactions(VisitRepository visits, SettlementRepository settlements, StatementService statements,
			ReconciliationFiles files) {
		this.visits = visits;
		this.settlements = settlements;
		this.statements = statements;
		this.files = files;
	}

	@Override
	public void register(Map<String, HsaTransaction> transactions) {
		transactions.put("5201", this::visits);
		transactions.put("5203", this::settlement);
		transactions.put("5204", this::feeLines);
		transactions.put("3201", this::totals);
		transactions.put("3202", this::detail);
	}

	/**
	 * 5201 就诊信息查询: {@code data{psn_no, begntime, endtime, med_type, mdtrt_id}} →
	 * {@code mdtrtinfo[]}.
	 */
	Map<String, Object> visits(HsaCall call) {
		HsaInput d = call.input().node("data");
		var rows = visits.search(call.code(), d.text("psn_no", 30), d.optionalTime("begntime"),
				d.optionalTime("endtime"), d.optionalText("med_type", 6), d.optionalText("mdtrt_id", 30));
		return Map.of("mdtrtinfo", rows.stream().map(HsaFields::visit).toList());
	}

	/**
	 * 5203 结算信息查询: {@code data{psn_no, setl_id, mdtrt_id}} → {@code setlinfo},
	 * {@code setldetail[]}.
	 */
	Map<String, Object> settlement(HsaCall call) {
		HsaInput d = call.input().node("data");
		SettlementRow row = own(call, d);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("setlinfo", HsaFields.setlinfo(row, null, null));
		out.put("setldetail", HsaFields.setldetail(row));
		return out;
	}

	/** 5204 费用明细查询: the lines of a settlement, or the active lines of a visit. */
	Map<String, Object> feeLines(HsaCall call) {
		HsaInput d = call.input().node("data");
		String visitId = d.text("mdtrt_id", 30);
		String psnNo = d.text("psn_no", 30);
		var visit = visits.find(visitId, call.code())
			.filter(v -> v.psnNo().equals(psnNo))
			.orElseThrow(() -> new BusinessException(InsuranceErrors.UNKNOWN_VISIT, visitId));
		var lines = d.has("setl_id") ? visits.settledLines(own(call, d).setlId()) : visits.activeLines(visit.visitId());
		return Map.of("output", lines.stream().map(HsaFields::lineResult).toList());
	}

	/** 3201 医药机构费用结算对总账 → {@code stmtinfo{setl_optins, stmt_rslt, stmt_rslt_dscr}}. */
	Map<String, Object> totals(HsaCall call) {
		HsaInput d = call.input().node("data");
		StatementRequest request = request(call, d, "3201");
		StatementService.Statement statement = statements.totals(request);
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("setl_optins", d.text("setl_optins", 6));
		out.put("stmt_rslt", statement.balanced() ? "0" : "1");
		out.put("stmt_rslt_dscr", statement.description());
		return Map.of("stmtinfo", out);
	}

	/**
	 * 3202 医药机构费用结算对明细账: {@code data{...totals...}} and {@code detail[]} → differing
	 * lines.
	 */
	Map<String, Object> detail(HsaCall call) {
		HsaInput d = call.input().node("data");
		StatementRequest request = request(call, d, "3202");
		if (d.has("file_qury_no")) {
			return detailByFile(call, d, request);
		}
		List<DetailLine> lines = new ArrayList<>();
		for (HsaInput line : call.input().optionalArray("detail")) {
			lines.add(new DetailLine(line.text("setl_id", 30), line.text("mdtrt_id", 30), line.text("psn_no", 30),
					line.decimal("medfee_sumamt", 2), line.decimal("fund_pay_sumamt", 2), line.decimal("acct_pay", 2),
					line.optionalCode("refd_setl_flag", Set.of("0", "1"))));
		}
		List<String[]> differences = statements.detail(request, lines);
		List<Map<String, Object>> rows = new ArrayList<>();
		for (String[] diff : differences) {
			Map<String, Object> row = new LinkedHashMap<>();
			row.put("setl_id", diff[0]);
			row.put("mdtrt_id", diff[1]);
			row.put("psn_no", diff[2]);
			row.put("stmt_rslt_dscr", diff[3]);
			rows.add(row);
		}
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("setl_optins", d.text("setl_optins", 6));
		info.put("stmt_rslt", differences.isEmpty() ? "0" : "1");
		info.put("stmt_rslt_dscr", differences.isEmpty() ? "明细一致" : "明细不一致 " + differences.size() + " 笔");
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("stmtinfo", info);
		out.put("result", rows);
		return out;
	}

	/**
	 * 3202 with a 9101 file → {@code stmtinfo} and {@code fileinfo{file_qury_no,
	 * filename, dld_endtime}}.
	 */
	private Map<String, Object> detailByFile(HsaCall call, HsaInput d, StatementRequest request) {
		ReconciliationFiles.DetailResult result = files.reconcile(request, call.institution().region(),
				d.text("file_qury_no", 30), call.received());
		Map<String, Object> info = new LinkedHashMap<>();
		info.put("setl_optins", d.text("setl_optins", 6));
		info.put("stmt_rslt", result.balanced() ? "0" : "1");
		info.put("stmt_rslt_dscr", result.balanced() ? "明细一致" : "明细不一致 " + result.differences() + " 笔");
		Map<String, Object> file = new LinkedHashMap<>();
		file.put("file_qury_no", result.result().fileQuryNo());
		file.put("filename", result.result().filename());
		file.put("dld_endtime", result.result().dldEndtime());
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("stmtinfo", info);
		out.put("fileinfo", file);
		return out;
	}

	private StatementRequest request(HsaCall call, HsaInput d, String infno) {
		LocalDate from = d.date("stmt_begndate");
		LocalDate to = d.date("stmt_enddate");
		if (to.isBefore(from)) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, "input.data.stmt_enddate", to,
					"早于 stmt_begndate");
		}
		d.text("setl_optins", 6);
		Totals his = new Totals(d.decimal("medfee_sumamt", 2), d.decimal("fund_pay_sumamt", 2),
				d.has("acct_pay") ? d.decimal("acct_pay", 2) : BigDecimal.ZERO,
				d.count("fixmedins_setl_cnt", 100_000_000));
		return new StatementRequest(call.code(), d.optionalCode("insutype", Set.of("310", "390")),
				d.optionalCode("clr_type", Set.of("11", "21", "41", "99")), from, to,
				d.optionalCode("refd_setl_flag", Set.of("0", "1")), his, call.msgid(), infno);
	}

	private SettlementRow own(HsaCall call, HsaInput d) {
		String setlId = d.text("setl_id", 30);
		SettlementRow row = settlements.find(setlId, call.code())
			.orElseThrow(() -> new BusinessException(InsuranceErrors.UNKNOWN_SETTLEMENT, setlId));
		if (d.has("mdtrt_id") && !row.visitId().equals(d.optionalText("mdtrt_id", 30))) {
			throw new BusinessException(InsuranceErrors.UNKNOWN_SETTLEMENT, setlId);
		}
		return row;
	}

}
