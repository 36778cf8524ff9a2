package org.sanyi.clinical.familydoctor.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.sanyi.clinical.appointment.PaymentProvider;
import org.sanyi.clinical.familydoctor.engine.ContractRefund;
import org.sanyi.clinical.familydoctor.internal.ContractRepository.Contract;
import org.sanyi.insurance.FundAdjustments;
import org.sanyi.insurance.FundAdjustments.Kind;
import org.sanyi.insurance.FundAdjustments.NewAdjustment;
import org.sanyi.shared.PlatformTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Collects a contract's signing fee (签约服务费) as the region's packages split it: the
 * resident's part through the payment port (the appointment module's
 * {@link PaymentProvider}, key {@code fd-<id>}), the insurance fund's part as a payout to
 * the team's institution in insurance's ledger ({@link FundAdjustments}, key
 * {@code FD-SIGN-<id>}, the resident fund 390100 of the institution's pooling region),
 * the public-health part as a payable of the basic public-health fund to the team's
 * institution for the month ({@code fd_public_health_payable}, what the county health
 * commission owes; {@link PublicHealthPayables}). On termination it gives back each part
 * pro rata ({@link ContractRefund}): a refund through the port, a deduction of the fund's
 * part ({@code FD-END-<id>}), a negative payable line. Runs in the contract's
 * transaction; the keys make a retry post nothing twice.
 */
@Component
public class ContractFees {

	/** 城乡居民基本医疗保险统筹基金: the fund that pays family-doctor signing fees here. */
	static final String FUND = "390100";

	private final PaymentProvider payments;

	private final FundAdjustments funds;

	private final JdbcClient jdbc;

	ContractFees(PaymentProvider payments, FundAdjustments funds, JdbcClient jdbc) {
		this.payments = payments;
		this.funds = funds;
		this.jdbc = jdbc;
	}

	/**
	 * A contract's collection.
	 *
	 * @param paymentRef the provider's reference of the resident's payment, or null
	 * @param fundKey the insurance payout's key, or null
	 */
	public record Collection(long contractId, BigDecimal resident, BigDecimal insurance, BigDecimal publicHealth,
			String paymentRef, String fundKey, Instant collectedAt, Integer termDays, Integer unusedDays,
			BigDecimal refundResident, BigDecimal refundInsurance, BigDecimal refundPublicHealth, String refundRef,
			String refundFundKey, Instant refundedAt) {

		public boolean refunded() {
			return refundedAt != null;
		}

	}

	void collect(long contractId, String residentId, long teamId, String institutionCode, BigDecimal resident,
			BigDecimal insurance, BigDecimal publicHealth, String by, Instant at) {
		LocalDate day = LocalDate.ofInstant(at, PlatformTime.zone());
		String paymentRef = resident.signum() > 0 ? payments.charge(residentId, resident, "fd-" + contractId) : null;
		String fundKey = null;
		if (insurance.signum() > 0) {
			fundKey = "FD-SIGN-" + contractId;
			funds.post(new NewAdjustment(fundKey, Kind.PAYOUT, institutionCode, null, FUND, insurance, day,
					"家庭医生签约服务费医保基金分担（签约 " + contractId + "）", by));
		}
		jdbc.sql(
				"""
						insert into fd_contract_payment (contract_id, resident_pays, insurance_pays, public_health_pays, provider,
						                                 payment_ref, fund_key, collected_at)
						values (:id, :resident, :insurance, :publicHealth, :provider, :ref, :fundKey, :at)""")
			.param("id", contractId)
			.param("resident", resident)
			.param("insurance", insurance)
			.param("publicHealth", publicHealth)
			.param("provider", paymentRef == null ? null : payments.name())
			.param("ref", paymentRef)
			.param("fundKey", fundKey)
			.param("at", Timestamp.from(at))
			.update();
		payable(contractId, "SIGN", teamId, institutionCode, publicHealth, at);
	}

	/**
	 * A line of what the basic public-health fund owes the team's institution for the
	 * month of {@code at}: positive when collected, negative when given back.
	 */
	private void payable(long contractId, String kind, long teamId, String institutionCode, BigDecimal amount,
			Instant at) {
		if (amount.signum() == 0) {
			return;
		}
		jdbc.sql("""
				insert into fd_public_health_payable (contract_id, kind, team_id, institution_code, period, amount,
				                                      recorded_at)
				values (:id, :kind, :team, :inst, :period, :amount, :at)
				on conflict (contract_id, kind) do nothing""")
			.param("id", contractId)
			.param("kind", kind)
			.param("team", teamId)
			.param("inst", institutionCode)
			.param("period", PublicHealthPayables.period(LocalDate.ofInstant(at, PlatformTime.zone())))
			.param("amount", "SIGN".equals(kind) ? amount : amount.negate())
			.param("at", Timestamp.from(at))
			.update();
	}

	/** Gives back the unused part of a terminated contract's fee, once. */
	void refund(Contract c, String by, Instant at) {
		Collection paid = of(c.id()).orElse(null);
		if (paid == null || paid.refunded()) {
			return;
		}
		LocalDate day = LocalDate.ofInstant(at, PlatformTime.zone());
		ContractRefund refund = ContractRefund.of(c.startsOn(), c.endsOn(), day, paid.resident(), paid.insurance(),
				paid.publicHealth());
		String refundRef = refund.resident().signum() > 0 && paid.paymentRef() != null
				? payments.refund(paid.paymentRef(), refund.resident(), "fd-" + c.id() + "-refund") : null;
		String fundKey = null;
		if (refund.insurance().signum() > 0) {
			fundKey = "FD-END-" + c.id();
			funds.post(new NewAdjustment(fundKey, Kind.DEDUCTION, c.institutionCode(), null, FUND, refund.insurance(),
					day,
					"家庭医生解约，医保基金分担按未服务天数退回（签约 " + c.id() + "，" + refund.unusedDays() + "/" + refund.termDays() + " 天）",
					by));
		}
		jdbc.sql("""
				update fd_contract_payment set term_days = :term, unused_days = :unused, refund_resident = :resident,
				       refund_insurance = :insurance, refund_public_health = :publicHealth, refund_ref = :ref,
				       refund_fund_key = :fundKey, refunded_at = :at
				 where contract_id = :id and refunded_at is null""")
			.param("term", refund.termDays())
			.param("unused", refund.unusedDays())
			.param("resident", refund.resident())
			.param("insurance", refund.insurance())
			.param("publicHealth", refund.publicHealth())
			.param("ref", refundRef)
			.param("fundKey", fundKey)
			.param("at", Timestamp.from(at))
			.param("id", c.id())
			.update();
		payable(c.id(), "REFUND", c.teamId(), c.institutionCode(), refund.publicHealth(), at);
	}

	public Optional<Collection> of(long contractId) {
		return jdbc.sql("select * from fd_contract_payment where contract_id = :id")
			.param("id", contractId)
			.query((rs, n) -> new Collection(rs.getLong("contract_id"), rs.getBigDecimal("resident_pays"),
					rs.getBigDecimal("insurance_pays"), rs.getBigDecimal("public_health_pays"),
					rs.getString("payment_ref"), rs.getString("fund_key"), rs.getTimestamp("collected_at").toInstant(),
					(Integer) rs.getObject("term_days"), (Integer) rs.getObject("unused_days"),
					rs.getBigDecimal("refund_resident"), rs.getBigDecimal("refund_insurance"),
					rs.getBigDecimal("refund_public_health"), rs.getString("refund_ref"),
					rs.getString("refund_fund_key"),
					rs.getTimestamp("refunded_at") == null ? null : rs.getTimestamp("refunded_at").toInstant()))
			.optional();
	}

}
