package org.sanyi.clinical.online.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.Optional;

import org.sanyi.clinical.online.OnlineErrors;
import org.sanyi.insurance.LiveSettlements;
import org.sanyi.insurance.LiveSettlements.OnlineVisitClaim;
import org.sanyi.insurance.LiveSettlements.Settled;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The fee of an online follow-up (互联网复诊诊查费), charged when the doctor completes it:
 * settled with insurance as an online visit ({@link LiveSettlements}, med_type 9903) for
 * a resident with an active enrolment, self-paid otherwise; a refund reverses the
 * settlement. Runs inside the completion's transaction, so a refused settlement (also
 * fund supervision's, {@code SUP-0019}, shown to the doctor) leaves the visit open and
 * nothing saved. The fee is the region's online follow-up price, {@code sanyi.online.fee}
 * (the outpatient consultation fee by default; 0 = free).
 */
@Service
public class OnlineFees {

	private final LiveSettlements settlements;

	private final JdbcClient jdbc;

	private final BigDecimal fee;

	OnlineFees(LiveSettlements settlements, JdbcClient jdbc, @Value("${sanyi.online.fee:10.00}") BigDecimal fee) {
		this.settlements = settlements;
		this.jdbc = jdbc;
		this.fee = fee;
	}

	/**
	 * How a completed visit's fee was paid.
	 *
	 * @param payment {@code INSURED} or {@code SELF_PAY}
	 * @param settlementId insurance's {@code setl_id}, or {@code null}
	 */
	public record Fee(long visitId, BigDecimal fee, String payment, String settlementId, String medType,
			BigDecimal fundPay, BigDecimal accountPay, BigDecimal cashPay, Instant settledAt, Instant refundedAt,
			String refundReason) {

		public boolean insured() {
			return "INSURED".equals(payment);
		}

		public boolean refunded() {
			return refundedAt != null;
		}

	}

	/** The region's fee of an online follow-up. */
	public BigDecimal fee() {
		return fee;
	}

	/** Charges the fee of a visit being completed (nothing when the fee is 0). */
	void charge(OnlineVisit v, String doctorName, String by, Instant at) {
		if (fee.signum() <= 0) {
			return;
		}
		LocalDateTime when = LocalDateTime.ofInstant(at, PlatformTime.zone());
		if (!settlements.covers(v.residentId(), when.toLocalDate())) {
			insert(v.id(), "SELF_PAY", null, null, BigDecimal.ZERO, BigDecimal.ZERO, fee, at);
			return;
		}
		Settled s = settlements.settleOnlineVisit(new OnlineVisitClaim(v.ref(), v.residentId(), v.institutionCode(),
				v.conditionCode(), v.conditionName(), doctorName, fee, when, by));
		insert(v.id(), "INSURED", s.settlementId(), s.medType(), s.fundTotal(), s.accountPay(), s.cashPay(), at);
	}

	/**
	 * Refunds the fee of a completed visit: reverses its settlement with insurance (a
	 * self-paid fee is marked refunded). OL-0015 when there is nothing to refund.
	 */
	void refund(OnlineVisit v, String reason, String by, Instant at) {
		Fee paid = of(v.id()).filter(f -> !f.refunded())
			.orElseThrow(() -> new BusinessException(OnlineErrors.NO_FEE_TO_REFUND, v.ref()));
		String reversal = null;
		if (paid.insured()) {
			reversal = settlements.reverse(v.ref(), reason, by).reversalId();
		}
		jdbc.sql("""
				update ol_visit_fee set refunded_at = :at, refunded_by = :by, refund_reason = :reason,
				       reversal_setl_id = :reversal
				 where visit_id = :id and refunded_at is null""")
			.param("at", Timestamp.from(at))
			.param("by", by)
			.param("reason", reason)
			.param("reversal", reversal)
			.param("id", v.id())
			.update();
	}

	public Optional<Fee> of(long visitId) {
		return jdbc.sql("""
				select visit_id, fee, payment, setl_id, med_type, fund_pay, account_pay, cash_pay, settled_at,
				       refunded_at, refund_reason
				  from ol_visit_fee where visit_id = :id""")
			.param("id", visitId)
			.query((rs, n) -> new Fee(rs.getLong("visit_id"), rs.getBigDecimal("fee"), rs.getString("payment"),
					rs.getString("setl_id"), rs.getString("med_type"), rs.getBigDecimal("fund_pay"),
					rs.getBigDecimal("account_pay"), rs.getBigDecimal("cash_pay"),
					rs.getTimestamp("settled_at").toInstant(),
					rs.getTimestamp("refunded_at") == null ? null : rs.getTimestamp("refunded_at").toInstant(),
					rs.getString("refund_reason")))
			.optional();
	}

	private void insert(long visitId, String payment, String setlId, String medType, BigDecimal fund,
			BigDecimal account, BigDecimal cash, Instant at) {
		jdbc.sql("""
				insert into ol_visit_fee (visit_id, fee, payment, setl_id, med_type, fund_pay, account_pay, cash_pay,
				                          settled_at)
				values (:id, :fee, :payment, :setl, :medType, :fund, :account, :cash, :at)""")
			.param("id", visitId)
			.param("fee", fee)
			.param("payment", payment)
			.param("setl", setlId)
			.param("medType", medType)
			.param("fund", fund)
			.param("account", account)
			.param("cash", cash)
			.param("at", Timestamp.from(at))
			.update();
	}

}
