package org.sanyi.clinical.online;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanyi.HttpSession;
import org.sanyi.IntegrationTest;
import org.sanyi.clinical.online.engine.RenewalStatus;
import org.sanyi.clinical.online.internal.Renewal;
import org.sanyi.clinical.online.internal.Renewals;
import org.sanyi.clinical.online.internal.OnlineVisits.Doctor;
import org.sanyi.pharma.PrescriptionRenewals.PastPrescription;
import org.sanyi.security.KeyVault;
import org.sanyi.shared.BusinessException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Renewal of chronic prescriptions through pharma's e-prescription flow: the renewal is a
 * new prescription uploaded as 7102 with the original as {@code init_rxno}, signed with
 * the doctor's cloud-signature key (kept wrapped); a revoked or older prescription and a
 * second request are refused and save nothing; another hospital cannot issue it.
 */
@IntegrationTest
class RenewalsIT {

	static final String COUNTY_HOSPITAL = "H35992100001";

	static final Doctor ZHANG = new Doctor(COUNTY_HOSPITAL, "doctor", "张伟");

	@Autowired
	Renewals renewals;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	KeyVault vault;

	@LocalServerPort
	int port;

	static void refused(Runnable action, OnlineErrors error) {
		assertThatThrownBy(action::run).isInstanceOfSatisfying(BusinessException.class,
				ex -> assertThat(ex.error()).isEqualTo(error));
	}

	/**
	 * A chronic patient (not the demo resident) with a renewable prescription of the
	 * county hospital.
	 */
	String[] patientWithCountyPrescription() {
		List<String> candidates = jdbc.sql("""
				select distinct resident_id from ph_prescription
				 where institution_code = :i and resident_id is not null and resident_id <> 'demo-resident-1'
				   and rx_type_code = '3' order by resident_id""")
			.param("i", COUNTY_HOSPITAL)
			.query(String.class)
			.list();
		for (String resident : candidates) {
			for (PastPrescription p : renewals.renewable(resident)) {
				boolean waiting = jdbc
					.sql("select count(*) from ol_renewal where original_rxno = :rx and status = 'REQUESTED'")
					.param("rx", p.hiRxno())
					.query(Long.class)
					.single() > 0;
				if (p.institutionCode().equals(COUNTY_HOSPITAL) && !waiting) {
					return new String[] { resident, p.hiRxno() };
				}
			}
		}
		throw new IllegalStateException("no county patient to renew for");
	}

	@Test
	void aRenewalIsIssuedAsANewEPrescriptionThroughPharma() {
		String[] patient = patientWithCountyPrescription();
		Renewal asked = renewals.request(patient[0], patient[1], "药快吃完了", Instant.now());
		refused(() -> renewals.request(patient[0], patient[1], null, Instant.now()), OnlineErrors.RENEWAL_PENDING);
		// another hospital does not even see it
		assertThatThrownBy(
				() -> renewals.issue(asked.id(), new Doctor("H35990000001", "consultant", "会诊专家"), Instant.now()))
			.isInstanceOf(BusinessException.class)
			.hasMessageContaining("renewal");

		HttpSession doctor = HttpSession.loggedIn(port, "doctor", "Sanyi@2026");
		assertThat(doctor.get("/online").body()).contains(asked.ref());
		assertThat(doctor.postForm("/online/renewals/" + asked.id() + "/issue", Map.of()).statusCode()).isEqualTo(302);

		Renewal issued = renewals.ofInstitution(asked.id(), COUNTY_HOSPITAL);
		assertThat(issued.status()).isEqualTo(RenewalStatus.ISSUED);
		assertThat(issued.newRxno()).isNotBlank();
		assertThat(issued.epcToken()).isNotBlank();
		Map<String, Object> rx = jdbc.sql("""
				select init_rxno, rx_cotn_flag, resident_id, doctor_code, state, hosp_rxno
				  from ph_prescription where hi_rxno = :rx""").param("rx", issued.newRxno()).query().singleRow();
		assertThat(rx).containsEntry("init_rxno", patient[1])
			.containsEntry("rx_cotn_flag", true)
			.containsEntry("resident_id", patient[0])
			.containsEntry("doctor_code", "doctor")
			.containsEntry("state", "UPLOADED")
			.containsEntry("hosp_rxno", asked.ref());
		assertThat(jdbc.sql("select count(*) from ph_prescription_line where hi_rxno = :a")
			.param("a", issued.newRxno())
			.query(Long.class)
			.single())
			.isEqualTo(jdbc.sql("select count(*) from ph_prescription_line where hi_rxno = :a")
				.param("a", patient[1])
				.query(Long.class)
				.single());
		byte[] key = jdbc
			.sql("select private_key from ol_signer where institution_code = :i and doctor_code = 'doctor'")
			.param("i", COUNTY_HOSPITAL)
			.query(byte[].class)
			.single();
		assertThat(vault.isWrapped(key)).isTrue();
		// the renewal replaces the original as the last prescription of its condition
		assertThat(renewals.renewable(patient[0])).extracting(PastPrescription::hiRxno)
			.contains(issued.newRxno())
			.doesNotContain(patient[1]);
		refused(() -> renewals.issue(asked.id(), ZHANG, Instant.now()), OnlineErrors.WRONG_STATE);
	}

	@Test
	void aRevokedOrSupersededPrescriptionCannotBeRenewed() {
		Map<String, Object> revoked = jdbc.sql("""
				select resident_id, hi_rxno from ph_prescription
				 where state = 'REVOKED' and resident_id is not null order by hi_rxno limit 1""").query().singleRow();
		long before = jdbc.sql("select count(*) from ol_renewal").query(Long.class).single();
		refused(() -> renewals.request((String) revoked.get("resident_id"), (String) revoked.get("hi_rxno"), null,
				Instant.now()), OnlineErrors.NOT_RENEWABLE);
		refused(() -> renewals.request("demo-resident-1", "RX-DOES-NOT-EXIST", null, Instant.now()),
				OnlineErrors.NOT_RENEWABLE);
		assertThat(jdbc.sql("select count(*) from ol_renewal").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aRefusedRenewalNamesItsReason() {
		String[] patient = patientWithCountyPrescription();
		Renewal asked = renewals.request(patient[0], patient[1], null, Instant.now());
		refused(() -> renewals.refuse(asked.id(), ZHANG, " ", Instant.now()), OnlineErrors.INVALID_TEXT);
		renewals.refuse(asked.id(), ZHANG, "近期血糖控制不佳，请线下复诊调整方案", Instant.now());
		Renewal done = renewals.ofInstitution(asked.id(), COUNTY_HOSPITAL);
		assertThat(done.status()).isEqualTo(RenewalStatus.REFUSED);
		assertThat(done.refuseReason()).contains("线下复诊");
		assertThat(done.newRxno()).isNull();
	}

}
