package org.sanyi.insurance.reconciliation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * Reconciliation with an institution (3201 totals, 3202 detail): the platform's totals of
 * the institution's settlements in a period against the HIS's, stored with the result
 * ({@code stmt_rslt} 0 balanced, 1 not). With {@code refd_setl_flag} 1 (or blank)
 * reversals count (negative), with 0 only settlements still standing.
 */
@Service
public class StatementService {

	private final StatementRepository statements;

	StatementService(StatementRepository statements) {
		this.statements = statements;
	}

	/** The totals of a period. */
	public record Totals(BigDecimal medicalFees, BigDecimal fundTotal, BigDecimal accountPay, int count) {
	}

	/** A query: the institution's filter and the HIS's own totals. */
	public record StatementRequest(String institution, String insutype, String clrType, LocalDate from, LocalDate to,
			String refundFlag, Totals his, String msgid, String infno) {
	}

	/** The stored result. */
	public record Statement(Totals platform, boolean balanced, String description) {
	}

	/** One settlement as the HIS lists it for 3202, and the platform's view of it. */
	public record DetailLine(String setlId, String visitId, String psnNo, BigDecimal medicalFees, BigDecimal fundTotal,
			BigDecimal accountPay, String refundFlag) {
	}

	public Statement totals(StatementRequest r) {
		Totals platform = platformTotals(r);
		boolean balanced = platform.medicalFees().compareTo(r.his().medicalFees()) == 0
				&& platform.fundTotal().compareTo(r.his().fundTotal()) == 0
				&& platform.accountPay().compareTo(r.his().accountPay()) == 0 && platform.count() == r.his().count();
		String description = balanced ? "对账一致" : "对账不一致：平台 医疗费总额 %s、基金支付 %s、个人账户 %s、结算笔数 %d"
			.formatted(platform.medicalFees(), platform.fundTotal(), platform.accountPay(), platform.count());
		store(r, platform, balanced, description);
		return new Statement(platform, balanced, description);
	}

	/**
	 * 3202: compares the HIS's lines with the platform's; returns the lines that differ
	 * (missing on either side).
	 */
	public List<String[]> detail(StatementRequest r, List<DetailLine> his) {
		Map<String, DetailLine> ours = new HashMap<>();
		for (DetailLine line : platformLines(r)) {
			ours.put(line.setlId(), line);
		}
		List<String[]> differences = new ArrayList<>();
		for (DetailLine line : his) {
			DetailLine mine = ours.remove(line.setlId());
			if (mine == null) {
				differences.add(new String[] { line.setlId(), line.visitId(), line.psnNo(), "平台无此结算" });
			}
			else if (mine.medicalFees().compareTo(line.medicalFees()) != 0
					|| mine.fundTotal().compareTo(line.fundTotal()) != 0
					|| mine.accountPay().compareTo(line.accountPay()) != 0) {
				differences.add(new String[] { line.setlId(), line.visitId(), line.psnNo(),
						"金额不一致：平台 %s / %s / %s".formatted(mine.medicalFees(), mine.fundTotal(), mine.accountPay()) });
			}
		}
		for (DetailLine mine : ours.values()) {
			differences.add(new String[] { mine.setlId(), mine.visitId(), mine.psnNo(), "机构未上报此结算" });
		}
		differences.sort((a, b) -> a[0].compareTo(b[0]));
		String description = differences.isEmpty() ? "明细一致" : "明细不一致 " + differences.size() + " 笔";
		Totals platform = platformTotals(r);
		store(r, platform, differences.isEmpty(), description);
		return differences;
	}

	private Totals platformTotals(StatementRequest r) {
		return statements.totals(r);
	}

	/**
	 * The platform's settlements (and, unless {@code refd_setl_flag} 0, reversals) of the
	 * request's period.
	 */
	public List<DetailLine> platformLines(StatementRequest r) {
		return statements.lines(r);
	}

	/**
	 * Stores a 3202 by file: the uploaded file it compared and the result file it wrote.
	 */
	void storeDetail(StatementRequest r, boolean balanced, String description, String fileQuryNo,
			String resultFileQuryNo) {
		store(r, platformTotals(r), balanced, description, fileQuryNo, resultFileQuryNo);
	}

	private void store(StatementRequest r, Totals platform, boolean balanced, String description) {
		store(r, platform, balanced, description, null, null);
	}

	private void store(StatementRequest r, Totals platform, boolean balanced, String description, String fileQuryNo,
			String resultFileQuryNo) {
		statements.insert(r, platform, balanced, description, fileQuryNo, resultFileQuryNo);
	}

}
