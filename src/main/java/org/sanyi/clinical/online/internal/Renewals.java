package org.sanyi.clinical.online.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanyi.clinical.online.OnlineErrors;
import org.sanyi.clinical.online.engine.FollowUpRule;
import org.sanyi.clinical.online.engine.RenewalStatus;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.pharma.PrescriptionRenewals;
import org.sanyi.pharma.PrescriptionRenewals.PastPrescription;
import org.sanyi.security.KeyVault;
import org.sanyi.shared.BusinessException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Prescription renewal (复诊续方) for chronic patients: the resident asks to renew the last
 * chronic prescription of a condition; a doctor of the institution that issued it issues
 * the renewal through pharma's e-prescription flow (a 7102 upload with
 * {@code init_rxno}), signed with the doctor's key kept by the internet hospital's
 * cloud-signature service (云签名: the key wrapped under the master key, used when the
 * signed-in doctor issues), or refuses with a reason.
 */
@Service
public class Renewals {

	/** The prescribing department written on a renewal. */
	static final String DEPARTMENT = "互联网医院";

	static final String SIGNING = "SM2";

	private final RenewalRepository renewals;

	private final PrescriptionRenewals pharma;

	private final ResidentIndex residents;

	private final KeyVault vault;

	private final org.sanyi.registry.Registry registry;

	Renewals(RenewalRepository renewals, PrescriptionRenewals pharma, ResidentIndex residents, KeyVault vault,
			org.sanyi.registry.Registry registry) {
		this.renewals = renewals;
		this.pharma = pharma;
		this.residents = residents;
		this.vault = vault;
		this.registry = registry;
	}

	/**
	 * The prescriptions the resident may ask to renew: the last chronic prescription of
	 * each condition (ICD-10 category), when it is renewable.
	 */
	public List<PastPrescription> renewable(String residentId) {
		Map<String, PastPrescription> last = new LinkedHashMap<>();
		pharma.ofResident(residentId, 100)
			.stream()
			.sorted(Comparator.comparing(PastPrescription::issuedAt).reversed())
			.filter(p -> FollowUpRule.isIcd10(p.diagnosisCode()))
			.forEach(p -> last.putIfAbsent(FollowUpRule.category(p.diagnosisCode()), p));
		return new ArrayList<>(last.values().stream().filter(PastPrescription::renewable).toList());
	}

	/**
	 * Asks for a renewal of a prescription: OL-0008 unless it is the resident's last
	 * renewable chronic prescription of its condition, OL-0009 when one is already
	 * waiting.
	 */
	@Transactional
	public Renewal request(String residentId, String hiRxno, String note, Instant at) {
		String text = Texts.optional(note, 500, "note");
		PastPrescription rx = renewable(residentId).stream()
			.filter(p -> p.hiRxno().equals(hiRxno))
			.findFirst()
			.orElseThrow(() -> new BusinessException(OnlineErrors.NOT_RENEWABLE, String.valueOf(hiRxno)));
		String drugs = rx.lines().stream().map(PrescriptionRenewals.Line::name).collect(Collectors.joining("、"));
		String institutionName = registry.institution(rx.institutionCode())
			.map(org.sanyi.registry.Institution::name)
			.orElse(rx.institutionCode());
		Renewal draft = new Renewal(0, Texts.ref("XF", Texts.day(at)), residentId, rx.institutionCode(),
				institutionName, rx.hiRxno(), rx.diagnosisCode(), rx.diagnosisName(), drugs, text,
				RenewalStatus.REQUESTED, at, null, null, null, null, null, null);
		long id = renewals.insert(draft)
			.orElseThrow(() -> new BusinessException(OnlineErrors.RENEWAL_PENDING, rx.hiRxno()));
		return renewals.find(id).orElseThrow();
	}

	/**
	 * Issues the renewal as a new e-prescription signed by the doctor; pharma's refusals
	 * (signature, rational-use pre-check…) leave the request waiting and store nothing.
	 */
	@Transactional
	public Renewal issue(long id, OnlineVisits.Doctor doctor, Instant at) {
		Renewal r = ofInstitution(id, doctor.institution());
		if (!r.status().canBecome(RenewalStatus.ISSUED)) {
			throw new BusinessException(OnlineErrors.WRONG_STATE, r.ref());
		}
		Resident patient = residents.find(r.residentId())
			.filter(p -> p.birthDate() != null)
			.orElseThrow(() -> new BusinessException(OnlineErrors.UNKNOWN_RESIDENT, r.residentId()));
		String sex = "1".equals(patient.sex()) || "2".equals(patient.sex()) ? patient.sex() : "9";
		PrescriptionRenewals.Renewed issued = pharma.renew(
				new PrescriptionRenewals.Renewal(doctor.institution(), r.ref(), r.originalRxno(), doctor.username(),
						doctor.name(), DEPARTMENT, sex, patient.birthDate()),
				SIGNING, signingKey(doctor.institution(), doctor.username()));
		if (!renewals.issue(id, doctor.name(), at, issued.hiRxno(), issued.epcToken(), issued.validEnd())) {
			throw new BusinessException(OnlineErrors.WRONG_STATE, r.ref());
		}
		return renewals.find(id).orElseThrow();
	}

	@Transactional
	public void refuse(long id, OnlineVisits.Doctor doctor, String reason, Instant at) {
		Renewal r = ofInstitution(id, doctor.institution());
		String text = Texts.required(reason, 300, "reason");
		if (!renewals.close(id, RenewalStatus.REFUSED, doctor.name(), at, text)) {
			throw new BusinessException(OnlineErrors.WRONG_STATE, r.ref());
		}
	}

	@Transactional
	public void cancel(long id, String residentId, Instant at) {
		Renewal r = renewals.find(id)
			.filter(x -> x.residentId().equals(residentId))
			.orElseThrow(() -> BusinessException.notFound("renewal", id));
		if (!renewals.close(id, RenewalStatus.CANCELLED, "resident", at, null)) {
			throw new BusinessException(OnlineErrors.WRONG_STATE, r.ref());
		}
	}

	public Renewal ofInstitution(long id, String institution) {
		return renewals.find(id)
			.filter(r -> r.institutionCode().equals(institution))
			.orElseThrow(() -> BusinessException.notFound("renewal", id));
	}

	public List<Renewal> ofResident(String residentId) {
		return renewals.ofResident(residentId, 50);
	}

	public List<Renewal> queue(String institution, RenewalStatus status) {
		return renewals.ofInstitution(institution, status, 200);
	}

	/**
	 * The doctor's cloud-signature key: enrolled with pharma on first use, kept wrapped.
	 */
	private String signingKey(String institution, String doctor) {
		String name = "online-signer:" + institution + ":" + doctor;
		return renewals.signingKey(institution, doctor)
			.map(wrapped -> new String(vault.unwrap(name, wrapped), StandardCharsets.US_ASCII))
			.orElseGet(() -> {
				String key = pharma.enrolCloudSigner(institution, doctor, SIGNING);
				renewals.saveSigningKey(institution, doctor, SIGNING,
						vault.wrap(name, key.getBytes(StandardCharsets.US_ASCII)));
				return key;
			});
	}

}
