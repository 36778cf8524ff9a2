package org.sanyi.pharma.prescription;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of {@code ph_rx_verification} (审方). */
@Repository
class VerificationRepository {

	private final JdbcClient jdbc;

	VerificationRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A prescription's 审方.
	 *
	 * @param hiRxno the prescription
	 * @param institutionCode the issuing hospital
	 * @param status PENDING, PASSED or RETURNED
	 * @param fundFindings the fund-supervision rules' violations, one per line
	 * @param requestedAt when it was uploaded
	 * @param pharmacist who decided (username), or {@code null}
	 * @param pharmacistName their name, or {@code null}
	 * @param decidedAt when, or {@code null}
	 * @param opinion the pharmacist's opinion
	 */
	public record Verification(String hiRxno, String institutionCode, String status, String fundFindings,
			OffsetDateTime requestedAt, String pharmacist, String pharmacistName, OffsetDateTime decidedAt,
			String opinion) {

		boolean pending() {
			return "PENDING".equals(status);
		}

		List<String> fundFindingLines() {
			return fundFindings.isEmpty() ? List.of() : List.of(fundFindings.split("\n"));
		}

	}

	void insertPending(String hiRxno, String institutionCode, String fundFindings, OffsetDateTime at) {
		jdbc.sql("""
				insert into ph_rx_verification (hi_rxno, institution_code, status, fund_findings, requested_at)
				values (:hi, :inst, 'PENDING', :fund, :at)""")
			.param("hi", hiRxno)
			.param("inst", institutionCode)
			.param("fund", fundFindings.length() > 2000 ? fundFindings.substring(0, 1999) + "…" : fundFindings)
			.param("at", at)
			.update();
	}

	Optional<Verification> find(String hiRxno) {
		return jdbc.sql("select * from ph_rx_verification where hi_rxno = :hi")
			.param("hi", hiRxno)
			.query(Verification.class)
			.optional();
	}

	/** Locks the row for a decision. */
	Optional<Verification> lock(String hiRxno) {
		return jdbc.sql("select * from ph_rx_verification where hi_rxno = :hi for update")
			.param("hi", hiRxno)
			.query(Verification.class)
			.optional();
	}

	/** Whether the prescription waits for 审方: one index lookup on the download path. */
	boolean isPending(String hiRxno) {
		return jdbc.sql("select count(*) from ph_rx_verification where hi_rxno = :hi and status = 'PENDING'")
			.param("hi", hiRxno)
			.query(Integer.class)
			.single() > 0;
	}

	/** An institution's waiting prescriptions, oldest first, then the latest decided. */
	List<Verification> ofInstitution(String institutionCode, boolean pending, int limit) {
		return jdbc
			.sql("select * from ph_rx_verification where institution_code = :inst and (status = 'PENDING') = :p "
					+ "order by " + (pending ? "requested_at, hi_rxno" : "decided_at desc, hi_rxno") + " limit :limit")
			.param("inst", institutionCode)
			.param("p", pending)
			.param("limit", limit)
			.query(Verification.class)
			.list();
	}

	void decide(String hiRxno, String status, String pharmacist, String pharmacistName, OffsetDateTime at,
			String opinion) {
		jdbc.sql("""
				update ph_rx_verification set status = :status, pharmacist = :ph, pharmacist_name = :name,
				    decided_at = :at, opinion = :opinion
				where hi_rxno = :hi and status = 'PENDING'""")
			.param("hi", hiRxno)
			.param("status", status)
			.param("ph", pharmacist)
			.param("name", pharmacistName)
			.param("at", at)
			.param("opinion", opinion)
			.update();
	}

	/** The upload's stored warnings of the review rules, in order. */
	List<RxVerifications.Hint> hints(String hiRxno) {
		return jdbc.sql("select review_item, message_key, args from ph_rx_finding where hi_rxno = :hi order by seq")
			.param("hi", hiRxno)
			.query(RxVerifications.Hint.class)
			.list();
	}

}
