package org.sanyi.pharma.prescription;

import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.pharma.DualChannelAdmin;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.PrescriptionRenewals;
import org.sanyi.pharma.engine.RxSignatures;
import org.sanyi.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link PrescriptionRenewals}: reads the stored prescriptions and issues a renewal as a
 * 7102 upload through the same transaction code the gateway runs
 * ({@link DualChannelAdmin#prescriptionTransaction}), so a renewal meets every check a
 * hospital's upload meets.
 */
@Service
class PrescriptionRenewalService implements PrescriptionRenewals {

	/** A renewal is valid for the usual chronic-prescription 30 days, used once. */
	private static final String VALID_DAYS = "30";

	private final PrescriptionRepository prescriptions;

	private final SignerKeys keys;

	private final DualChannelAdmin gateway;

	PrescriptionRenewalService(PrescriptionRepository prescriptions, SignerKeys keys, DualChannelAdmin gateway) {
		this.prescriptions = prescriptions;
		this.keys = keys;
		this.gateway = gateway;
	}

	@Override
	public List<PastPrescription> ofResident(String residentId, int limit) {
		return prescriptions.ofResident(residentId, limit).stream().map(this::past).toList();
	}

	@Override
	public Optional<PastPrescription> find(String hiRxno) {
		return prescriptions.find(hiRxno).map(this::past);
	}

	@Override
	@Transactional
	public String enrolCloudSigner(String institutionCode, String doctorCode, String algorithm) {
		RxSignatures.Algorithm a = RxSignatures.Algorithm.of(algorithm)
			.orElseThrow(() -> new BusinessException(PharmaErrors.INVALID_FIELD, "sign_algorithm", algorithm));
		RxSignatures.KeyPair pair = RxSignatures.generate(a, new SecureRandom());
		keys.register(institutionCode, doctorCode, SignerKeys.Role.DOCTOR, pair.algorithm(), pair.publicKey());
		return pair.privateKey();
	}

	@Override
	@Transactional
	public Renewed renew(Renewal renewal, String algorithm, String privateKey) {
		PrescriptionRow original = prescriptions.find(renewal.originalRxno())
			.orElseThrow(() -> new BusinessException(PharmaErrors.RX_INIT_NOT_FOUND, renewal.originalRxno()));
		Map<String, Object> rx = new LinkedHashMap<>();
		rx.put("hosp_rxno", renewal.hospRxno());
		rx.put("init_rxno", original.hiRxno());
		rx.put("rx_cotn_flag", "1");
		rx.put("rx_type_code", original.rxTypeCode());
		rx.put("psn_no", original.psnNo());
		rx.put("patn_name", original.patientName());
		rx.put("prsc_dept_name", renewal.department());
		rx.put("prsc_dr_code", renewal.doctorCode());
		rx.put("prsc_dr_name", renewal.doctorName());
		rx.put("dise_codg", original.diagnosisCode());
		rx.put("dise_name", original.diagnosisName());
		rx.put("valid_days", VALID_DAYS);
		rx.put("rept_flag", "0");
		List<Map<String, Object>> lines = prescriptions.lines(original.hiRxno()).stream().map(l -> {
			Map<String, Object> line = new LinkedHashMap<>();
			line.put("med_list_codg", l.code());
			line.put("drug_genname", l.name());
			line.put("sin_doscnt", l.singleDose().toPlainString());
			line.put("sin_dosunt", l.doseUnit());
			line.put("used_frqu_codg", l.frequency());
			line.put("medc_way_codg", l.route());
			line.put("prd_days", Integer.toString(l.days()));
			line.put("ent_cnt", l.quantity().toPlainString());
			return line;
		}).toList();
		Map<String, Object> input = new LinkedHashMap<>();
		input.put("rxinfo", rx);
		input.put("rxdetail", lines);
		input.put("mdtrtinfo", Map.of("gend", renewal.sex(), "brdy", renewal.birthDate().toString()));
		Map<String, Object> signed = gateway.signUpload(renewal.institutionCode(), input, algorithm, privateKey);
		Map<String, Object> out = gateway.prescriptionTransaction("7102", renewal.institutionCode(),
				renewal.doctorCode(), signed);
		return new Renewed((String) out.get("hi_rxno"), (String) out.get("epc_token"),
				(String) out.get("valid_end_time"));
	}

	private PastPrescription past(PrescriptionRow r) {
		List<Line> lines = prescriptions.lines(r.hiRxno())
			.stream()
			.map(l -> new Line(l.code(), l.name(), l.singleDose(), l.doseUnit(), l.frequency(), l.route(), l.days(),
					l.quantity()))
			.toList();
		return new PastPrescription(r.hiRxno(), r.institutionCode(), r.psnNo(), r.patientName(), r.rxTypeCode(),
				r.doctorName(), r.diagnosisCode(), r.diagnosisName(), r.issuedAt(), r.state().name(), r.continuation(),
				lines);
	}

}
