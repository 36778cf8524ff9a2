package org.sanyi.insurance.ledger;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.SupplierPayments;
import org.sanyi.insurance.settlement.InstitutionDirectory;
import org.sanyi.insurance.settlement.InstitutionDirectory.InstitutionInfo;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SupplierPayments} over {@code ins_supplier_payment} and the ledger: the row and
 * its posting are written in one transaction (the caller's, when it has one), the key's
 * unique index making a replay, even a concurrent one, post nothing.
 */
@Service
class SupplierPaymentService implements SupplierPayments {

	static final String RESOURCE = "insurance:supplier-payment";

	private final JdbcClient jdbc;

	private final LedgerRepository ledger;

	private final InstitutionDirectory institutions;

	private final AuditLog audit;

	SupplierPaymentService(JdbcClient jdbc, LedgerRepository ledger, InstitutionDirectory institutions,
			AuditLog audit) {
		this.jdbc = jdbc;
		this.ledger = ledger;
		this.institutions = institutions;
		this.audit = audit;
	}

	/** A stored payment. */
	record PaymentRow(String payKey, String fixmedinsCode, String fixmedinsName, String fixmedinsRegion,
			String poolingRegion, String supplierCode, String supplierName, String supplierUscc,
			java.math.BigDecimal amount, String reason, String txnId, LocalDate postingDate, String postedBy) {
	}

	@Override
	@Transactional
	public Payment pay(NewPayment p) {
		String key = FundAdjustmentService.text(p.key(), "key", 80);
		var amount = FundAdjustmentService.amount(p.amount());
		String reason = FundAdjustmentService.text(p.reason(), "reason", 500);
		String by = FundAdjustmentService.text(p.by(), "by", 60);
		String supplier = FundAdjustmentService.text(p.supplierCode(), "supplierCode", 12);
		String supplierName = FundAdjustmentService.text(p.supplierName(), "supplierName", 200);
		String uscc = FundAdjustmentService.text(p.supplierUscc(), "supplierUscc", 18);
		if (uscc.length() != 18) {
			throw new BusinessException(InsuranceErrors.ADJUSTMENT_INVALID, "supplierUscc", uscc);
		}
		if (p.on() == null) {
			throw new BusinessException(InsuranceErrors.ADJUSTMENT_INVALID, "on", "null");
		}
		InstitutionInfo institution = institutions.find(p.institutionCode())
			.orElseThrow(() -> new BusinessException(InsuranceErrors.ADJUSTMENT_INSTITUTION_UNKNOWN,
					String.valueOf(p.institutionCode())));
		long id = jdbc.sql("select nextval('ins_supplier_payment_id_seq')").query(Long.class).single();
		String txnId = "SUP-" + id;
		boolean inserted = jdbc.sql("""
				insert into ins_supplier_payment (id, pay_key, fixmedins_code, fixmedins_name, fixmedins_region,
				    pooling_region, supplier_code, supplier_name, supplier_uscc, amount, reason, txn_id, posting_date,
				    posted_by)
				values (:id, :key, :code, :name, :region, :pooling, :supplier, :supplierName, :uscc, :amount, :reason,
				    :txn, :on, :by)
				on conflict (pay_key) do nothing""")
			.param("id", id)
			.param("key", key)
			.param("code", institution.code())
			.param("name", institution.name())
			.param("region", institution.region())
			.param("pooling", institution.poolingRegion())
			.param("supplier", supplier)
			.param("supplierName", supplierName)
			.param("uscc", uscc)
			.param("amount", amount)
			.param("reason", reason)
			.param("txn", txnId)
			.param("on", p.on())
			.param("by", by)
			.update() == 1;
		if (!inserted) {
			PaymentRow stored = row(key).orElseThrow();
			if (!stored.fixmedinsCode().equals(institution.code()) || !stored.supplierCode().equals(supplier)
					|| stored.amount().compareTo(amount) != 0) {
				throw new BusinessException(InsuranceErrors.SUPPLIER_PAYMENT_KEY_REUSED, key);
			}
			return payment(stored);
		}
		ledger.post(Ledger.supplierPayment(txnId, p.on(), institution.code(), institution.poolingRegion(), supplier,
				amount));
		audit.record(AuditAction.CREATE, RESOURCE, key,
				institution.code() + " → " + supplier + " " + amount.toPlainString() + " " + txnId);
		return row(key).map(SupplierPaymentService::payment).orElseThrow();
	}

	@Override
	public Optional<Payment> find(String key) {
		return row(key).map(SupplierPaymentService::payment);
	}

	/** What the fund has paid each enterprise, as the ledger page shows it. */
	record SupplierTotal(String supplierCode, String supplierName, long payments, long institutions,
			java.math.BigDecimal amount, LocalDate lastPaid) {
	}

	/**
	 * Per enterprise, the payments visible under a scope: a region sees payments for its
	 * institutions, an institution its own.
	 */
	List<SupplierTotal> totals(DataScope scope) {
		return jdbc.sql("""
				select supplier_code, min(supplier_name) as supplier_name, count(*) as payments,
				       count(distinct fixmedins_code) as institutions, sum(amount) as amount,
				       max(posting_date) as last_paid
				from ins_supplier_payment
				where (:all or fixmedins_region like :prefix || '%' or fixmedins_code = :institution)
				group by supplier_code order by sum(amount) desc limit 30""")
			.param("all", scope.kind() == DataScope.Kind.ALL)
			.param("prefix", scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "~")
			.param("institution", scope.kind() == DataScope.Kind.INSTITUTION ? scope.institutionCode() : "~")
			.query(SupplierTotal.class)
			.list();
	}

	private Optional<PaymentRow> row(String key) {
		return jdbc.sql("select * from ins_supplier_payment where pay_key = :k")
			.param("k", key)
			.query(PaymentRow.class)
			.optional();
	}

	private static Payment payment(PaymentRow r) {
		return new Payment(r.payKey(), r.fixmedinsCode(), r.supplierCode(), r.amount(), r.postingDate(), r.txnId());
	}

}
