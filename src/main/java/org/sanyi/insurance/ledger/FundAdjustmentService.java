package org.sanyi.insurance.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.sanyi.insurance.FundAdjustments;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.engine.FundType;
import org.sanyi.insurance.ledger.FundAdjustmentRepository.AdjustmentRow;
import org.sanyi.insurance.ledger.FundAdjustmentRepository.SettlementRef;
import org.sanyi.insurance.settlement.InstitutionDirectory;
import org.sanyi.insurance.settlement.InstitutionDirectory.InstitutionInfo;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link FundAdjustments} over {@code ins_fund_adjustment} and the ledger: the row and
 * its posting are written in one transaction (the caller's, when it has one), the key's
 * unique index making a replay, even a concurrent one, post nothing.
 */
@Service
class FundAdjustmentService implements FundAdjustments {

	static final String RESOURCE = "insurance:adjustment";

	private final FundAdjustmentRepository adjustments;

	private final LedgerRepository ledger;

	private final InstitutionDirectory institutions;

	private final AuditLog audit;

	FundAdjustmentService(FundAdjustmentRepository adjustments, LedgerRepository ledger,
			InstitutionDirectory institutions, AuditLog audit) {
		this.adjustments = adjustments;
		this.ledger = ledger;
		this.institutions = institutions;
		this.audit = audit;
	}

	@Override
	@Transactional
	public Adjustment post(NewAdjustment a) {
		String key = text(a.key(), "key", 80);
		if (a.kind() == null) {
			throw new BusinessException(InsuranceErrors.ADJUSTMENT_INVALID, "kind", "null");
		}
		BigDecimal amount = amount(a.amount());
		String reason = text(a.reason(), "reason", 500);
		String by = text(a.by(), "by", 60);
		if (a.on() == null) {
			throw new BusinessException(InsuranceErrors.ADJUSTMENT_INVALID, "on", "null");
		}
		InstitutionInfo institution = institutions.find(a.institutionCode())
			.orElseThrow(() -> new BusinessException(InsuranceErrors.ADJUSTMENT_INSTITUTION_UNKNOWN,
					String.valueOf(a.institutionCode())));
		String fund;
		String fundRegion;
		String settlementId = a.settlementId() == null || a.settlementId().isBlank() ? null : a.settlementId();
		if (settlementId != null) {
			SettlementRef s = adjustments.settlement(settlementId)
				.filter(ref -> ref.institution().equals(institution.code()))
				.orElseThrow(() -> new BusinessException(InsuranceErrors.ADJUSTMENT_SETTLEMENT, settlementId,
						institution.code()));
			fund = s.insutype() + "100";
			fundRegion = s.insuredRegion();
		}
		else {
			String wanted = String.valueOf(a.fundPayType());
			if (Arrays.stream(FundType.values()).noneMatch(f -> f.isBasicPool() && f.code().equals(wanted))) {
				throw new BusinessException(InsuranceErrors.ADJUSTMENT_INVALID, "fundPayType", wanted);
			}
			fund = wanted;
			fundRegion = institution.poolingRegion();
		}
		long id = adjustments.nextId();
		AdjustmentRow row = new AdjustmentRow(id, key, a.kind().name(), institution.code(), institution.name(),
				institution.region(), institution.poolingRegion(), fund, fundRegion, settlementId, amount, reason,
				"ADJ-" + id, a.on(), by, null, null, null, null, null, null);
		if (!adjustments.insertIfNew(row)) {
			AdjustmentRow stored = adjustments.find(key).orElseThrow();
			if (!sameAdjustment(stored, row)) {
				throw new BusinessException(InsuranceErrors.ADJUSTMENT_KEY_REUSED, key);
			}
			return adjustment(stored);
		}
		ledger.post(Ledger.adjustment(row.txnId(), row.postingDate(), a.kind() == Kind.DEDUCTION, row.fixmedinsCode(),
				row.poolingRegion(), fund, fundRegion, amount));
		audit.record(AuditAction.CREATE, RESOURCE, key,
				a.kind() + " " + institution.code() + " " + amount.toPlainString() + " " + row.txnId());
		return adjustment(row);
	}

	@Override
	@Transactional
	public Adjustment reverse(String key, String reason, String by, LocalDate on) {
		AdjustmentRow row = adjustments.findForUpdate(key)
			.orElseThrow(() -> new BusinessException(InsuranceErrors.ADJUSTMENT_NOT_FOUND, String.valueOf(key)));
		if (row.reversalTxnId() != null) {
			return adjustment(row);
		}
		String why = text(reason, "reason", 500);
		String who = text(by, "by", 60);
		if (on == null) {
			throw new BusinessException(InsuranceErrors.ADJUSTMENT_INVALID, "on", "null");
		}
		String reversalId = row.txnId() + "-R";
		ledger.post(Ledger
			.adjustment(row.txnId(), row.postingDate(), Kind.valueOf(row.kind()) == Kind.DEDUCTION, row.fixmedinsCode(),
					row.poolingRegion(), row.fundPayType(), row.fundRegion(), row.amount())
			.reversedAs(reversalId, "ADJ_REVERSAL", on));
		adjustments.markReversed(row.id(), reversalId, on, why, who);
		audit.record(AuditAction.UPDATE, RESOURCE, key, "reversed " + reversalId);
		return adjustments.find(key).map(FundAdjustmentService::adjustment).orElseThrow();
	}

	@Override
	public Optional<Adjustment> find(String key) {
		return adjustments.find(key).map(FundAdjustmentService::adjustment);
	}

	private static boolean sameAdjustment(AdjustmentRow stored, AdjustmentRow wanted) {
		return stored.kind().equals(wanted.kind()) && stored.fixmedinsCode().equals(wanted.fixmedinsCode())
				&& stored.amount().compareTo(wanted.amount()) == 0 && Objects.equals(stored.setlId(), wanted.setlId())
				&& stored.fundPayType().equals(wanted.fundPayType());
	}

	private static Adjustment adjustment(AdjustmentRow r) {
		return new Adjustment(r.adjKey(), Kind.valueOf(r.kind()), r.fixmedinsCode(), r.fundPayType(), r.fundRegion(),
				r.amount(), r.postingDate(), r.txnId(), r.reversalTxnId(), r.reversalDate());
	}

	static BigDecimal amount(BigDecimal amount) {
		if (amount == null || amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2
				|| amount.precision() - amount.scale() > 16) {
			throw new BusinessException(InsuranceErrors.ADJUSTMENT_INVALID, "amount",
					amount == null ? "null" : amount.toPlainString());
		}
		return amount.setScale(2);
	}

	static String text(String value, String field, int max) {
		String s = value == null ? "" : value.strip();
		if (s.isEmpty() || s.length() > max) {
			throw new BusinessException(InsuranceErrors.ADJUSTMENT_INVALID, field,
					s.length() > 20 ? s.substring(0, 20) + "…" : s);
		}
		return s;
	}

}
