package org.sanyi.insurance.referral;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.person.PersonRepository;
import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.insurance.settlement.InstitutionDirectory;
import org.sanyi.insurance.settlement.InstitutionDirectory.InstitutionInfo;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Masking;
import org.springframework.stereotype.Service;

/**
 * Files and revokes referral registrations (2501 / 2502) in the gateway's transaction (so
 * a replayed msgid answers the stored result and files nothing twice). A registration
 * names an insured person enrolled in the scheme in the year of its start, a target
 * institution (of the platform: in its pooling region; outside the platform: only out of
 * the filing institution's region, the 异地转诊 case), and may not overlap another valid
 * registration of the person to the same target. Only the institution that filed it can
 * revoke it.
 */
@Service
public class ReferralRegistrations {

	private static final DateTimeFormatter SERIAL_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private final ReferralRegistrationRepository registrations;

	private final PersonRepository persons;

	private final InstitutionDirectory institutions;

	ReferralRegistrations(ReferralRegistrationRepository registrations, PersonRepository persons,
			InstitutionDirectory institutions) {
		this.registrations = registrations;
		this.persons = persons;
		this.institutions = institutions;
	}

	/** What a 2501 asks for, read and checked field by field by the gateway. */
	public record Filing(String psnNo, String insutype, String tel, String insuredRegion, String diagnosisCode,
			String diagnosisName, String condition, String target, String targetName, String targetRegion,
			boolean hospitalAgrees, String referralType, LocalDate referralDate, String reason, String opinion,
			LocalDate from, LocalDate until) {
	}

	/** Whether any registration was filed. */
	public boolean any() {
		return registrations.any();
	}

	/** Files a registration for the calling institution; returns it with its serial. */
	public ReferralRegistration file(Filing f, InstitutionInfo caller, String msgid, OffsetDateTime received) {
		RegistrationRules.check(caller.code(), f.target(), f.referralDate(), f.from(), f.until()).ifPresent(p -> {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, "input.refmedin." + p.field(),
					fieldValue(f, p.field()), p.reason());
		});
		PersonRepository.Context context = persons.context(f.psnNo(), f.insutype(), f.from().getYear())
			.orElseThrow(() -> new BusinessException(InsuranceErrors.UNKNOWN_PERSON, f.psnNo()));
		Person person = context.person();
		if (f.insuredRegion() != null && !f.insuredRegion().equals(person.insuredRegion())) {
			throw new BusinessException(InsuranceErrors.INSURED_REGION_MISMATCH, f.insuredRegion(),
					person.insuredRegion());
		}
		if (context.enrolment() == null || !context.enrolment().active()) {
			throw new BusinessException(InsuranceErrors.NOT_ENROLLED, person.psnNo(),
					String.valueOf(f.from().getYear()), f.insutype());
		}
		boolean outOfRegion = target(f, caller);
		registrations.lockPerson(f.psnNo());
		for (ReferralRegistration other : registrations.validTo(f.psnNo(), f.target())) {
			if (RegistrationRules.overlap(other.from(), other.until(), f.from(), f.until())) {
				throw new BusinessException(InsuranceErrors.REFERRAL_DUPLICATE, f.psnNo(), f.target(), other.serial());
			}
		}
		String serial = caller.poolingRegion() + received.format(SERIAL_TIME)
				+ String.format("%010d", registrations.nextSerial() % 10_000_000_000L);
		ReferralRegistration r = new ReferralRegistration(serial, f.psnNo(), f.insutype(), caller.code(),
				person.insuredRegion(), f.tel() == null ? null : Masking.phone(f.tel()), f.diagnosisCode(),
				f.diagnosisName(), f.condition() == null ? null : Masking.idNumbersIn(f.condition()), f.target(),
				f.targetName(), f.targetRegion(), f.hospitalAgrees(), f.referralType(), f.referralDate(), f.reason(),
				f.opinion(), f.from(), f.until(), outOfRegion, RegistrationStatus.VALID, msgid, received, null, null,
				null);
		registrations.insert(r);
		return r;
	}

	/** Revokes a valid registration the institution filed (2502, or 2601 of the 2501). */
	public ReferralRegistration revoke(String serial, String psnNo, String institution, String msgid, String memo,
			Instant at) {
		ReferralRegistration r = registrations.find(serial)
			.filter(x -> x.institution().equals(institution) && (psnNo == null || x.psnNo().equals(psnNo)))
			.orElseThrow(() -> new BusinessException(InsuranceErrors.REFERRAL_UNKNOWN, serial));
		if (!r.status().canBecome(RegistrationStatus.REVOKED)
				|| !registrations.revoke(serial, msgid, memo == null ? null : Masking.idNumbersIn(memo), at)) {
			throw new BusinessException(InsuranceErrors.REFERRAL_REVOKED, serial);
		}
		return registrations.find(serial).orElseThrow();
	}

	/** Revokes the registration a 2501 filed, when a 2601 reverses that message. */
	public void revokeFiledBy(String msgid, String institution, String reversalMsgid, Instant at) {
		ReferralRegistration r = registrations.filedBy(msgid).orElseThrow();
		revoke(r.serial(), null, institution, reversalMsgid, "2601", at);
	}

	/**
	 * Checks the target: an institution of the platform must be operating and lie in the
	 * region named; an unknown code is accepted only for treatment outside the caller's
	 * pooling region (the other region's platform knows it). Returns whether the target
	 * is out of region.
	 */
	private boolean target(Filing f, InstitutionInfo caller) {
		var known = institutions.find(f.target());
		if (known.isPresent()) {
			if (!known.get().active()) {
				throw new BusinessException(InsuranceErrors.INVALID_FIELD, "input.refmedin.reflin_medins_no",
						f.target(), "转往机构已停业");
			}
			if (!known.get().poolingRegion().equals(f.targetRegion())) {
				throw new BusinessException(InsuranceErrors.INVALID_FIELD, "input.refmedin.mdtrtarea_admdvs",
						f.targetRegion(), "转往机构所在统筹区为 " + known.get().poolingRegion());
			}
			return !known.get().poolingRegion().equals(caller.poolingRegion());
		}
		if (f.targetRegion().equals(caller.poolingRegion())) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, "input.refmedin.reflin_medins_no", f.target(),
					"本统筹区内无此定点医疗机构");
		}
		return true;
	}

	private static String fieldValue(Filing f, String field) {
		return switch (field) {
			case "reflin_medins_no" -> f.target();
			case "refl_date" -> String.valueOf(f.referralDate());
			default -> String.valueOf(f.until());
		};
	}

}
