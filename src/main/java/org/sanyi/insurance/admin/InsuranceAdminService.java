package org.sanyi.insurance.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.catalogue.InsuranceCatalogueRepository;
import org.sanyi.insurance.catalogue.TerminologyCatalogueSync;
import org.sanyi.insurance.gateway.CredentialRepository;
import org.sanyi.insurance.gateway.SecretBox;
import org.sanyi.insurance.ledger.Ledger;
import org.sanyi.insurance.ledger.LedgerRepository;
import org.sanyi.insurance.person.PersonRepository;
import org.sanyi.insurance.policy.PolicyService;
import org.sanyi.insurance.settlement.Ids;
import org.sanyi.insurance.settlement.RecordedActivity;
import org.sanyi.insurance.SigningScheme;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.IdNumber;
import org.sanyi.shared.RegionCode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The bulk writes of {@link InsuranceAdmin}, each one transaction. */
@Service
class InsuranceAdminService implements InsuranceAdmin {

	private final PersonRepository persons;

	private final InsuranceCatalogueRepository catalogue;

	private final PolicyService policies;

	private final LedgerRepository ledger;

	private final CredentialRepository credentials;

	private final SecretBox secrets;

	private final RecordedActivity activity;

	private final Ids ids;

	private final TerminologyCatalogueSync catalogueSync;

	private final java.time.Clock clock;

	private final org.sanyi.insurance.settlement.LiveStays stays;

	private final org.sanyi.insurance.referral.ReferralRegistrations referrals;

	private final org.sanyi.insurance.settlement.InstitutionDirectory institutions;

	InsuranceAdminService(PersonRepository persons, InsuranceCatalogueRepository catalogue, PolicyService policies,
			LedgerRepository ledger, CredentialRepository credentials, SecretBox secrets, RecordedActivity activity,
			Ids ids, TerminologyCatalogueSync catalogueSync, java.time.Clock insuranceClock,
			org.sanyi.insurance.settlement.LiveStays stays,
			org.sanyi.insurance.referral.ReferralRegistrations referrals,
			org.sanyi.insurance.settlement.InstitutionDirectory institutions) {
		this.stays = stays;
		this.referrals = referrals;
		this.institutions = institutions;
		this.catalogueSync = catalogueSync;
		this.clock = insuranceClock;
		this.persons = persons;
		this.catalogue = catalogue;
		this.policies = policies;
		this.ledger = ledger;
		this.credentials = credentials;
		this.secrets = secrets;
		this.activity = activity;
		this.ids = ids;
	}

	@Override
	public boolean hasPersons() {
		return persons.any();
	}

	@Override
	@Transactional
	public int enrol(List<NewPerson> batch) {
		List<Object[]> accounts = new ArrayList<>();
		List<Ledger.Posting> deposits = new ArrayList<>();
		for (NewPerson p : batch) {
			IdNumber.of(p.certNo());
			RegionCode.of(p.insuredRegion());
			RegionCode.of(p.region());
			if (p.name() == null || p.name().isBlank() || p.psnNo() == null || p.psnNo().isBlank()) {
				throw new BusinessException(InsuranceErrors.MISSING_FIELD, p.psnNo() + ": psn_no / psn_name");
			}
			boolean employee = p.enrolments().stream().anyMatch(e -> "310".equals(e.insutype()));
			if (!employee && !p.deposits().isEmpty()) {
				throw new BusinessException(InsuranceErrors.ACCOUNT_NOT_AVAILABLE, "390");
			}
			if (employee) {
				BigDecimal balance = BigDecimal.ZERO;
				int n = 0;
				for (Deposit deposit : p.deposits()) {
					balance = balance.add(deposit.amount());
					deposits.add(Ledger.deposit("DEP-" + p.psnNo() + "-" + (++n), deposit.date(), p.psnNo(),
							p.insuredRegion(), deposit.amount()));
				}
				accounts.add(new Object[] { p.psnNo(), balance });
			}
		}
		persons.insert(batch);
		persons.openAccounts(accounts);
		ledger.postAll(deposits);
		return batch.size();
	}

	@Override
	@Transactional
	public void saveCatalogue(List<CatalogueItem> items) {
		catalogue.save(items);
	}

	@Override
	public List<CatalogueItem> catalogue() {
		return catalogue.all();
	}

	@Override
	public int synchroniseCatalogue() {
		return catalogueSync.synchronise(LocalDate.now(clock)).copied();
	}

	@Override
	public long importPolicy(NewPolicyVersion version) {
		return policies.importApproved(version);
	}

	@Override
	@Transactional
	public void issueCredential(String paasid, String institutionCode, String secret) {
		issueCredential(paasid, institutionCode, secret, SigningScheme.TIF_SHA256);
	}

	@Override
	@Transactional
	public void issueCredential(String paasid, String institutionCode, String secret, SigningScheme scheme) {
		if (paasid == null || paasid.isBlank() || secret == null || secret.length() < 16) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, "paasid/secret", paasid,
					"secret of at least 16 characters");
		}
		credentials.insert(paasid, institutionCode, secrets.seal(secret), scheme);
	}

	@Override
	@Transactional
	public void postContribution(String fundPayType, String region, LocalDate date, BigDecimal amount) {
		ledger.post(Ledger.contribution("CTB-" + ids.next(), date, fundPayType, region, amount));
	}

	@Override
	public ActivityResult settleRecorded(List<RecordedVisit> visits) {
		return activity.settle(visits);
	}

	@Override
	public boolean hasReferralRegistrations() {
		return referrals.any();
	}

	@Override
	public String settleStay(RecordedVisit stay) {
		return stays.settle(stay);
	}

	@Override
	public String settlePharmacySale(RecordedVisit sale, String rxno) {
		return stays.settleSale(sale, rxno);
	}

	@Override
	@Transactional
	public String fileReferral(String institutionCode, ReferralFiling f) {
		var caller = institutions.find(institutionCode)
			.orElseThrow(() -> new BusinessException(InsuranceErrors.LIVE_INSTITUTION_UNKNOWN, institutionCode));
		var target = institutions.find(f.target())
			.orElseThrow(() -> new BusinessException(InsuranceErrors.LIVE_INSTITUTION_UNKNOWN, f.target()));
		var filing = new org.sanyi.insurance.referral.ReferralRegistrations.Filing(f.psnNo(), f.insutype(), null, null,
				f.diagnosisCode(), f.diagnosisName(), f.condition(), target.code(), target.name(),
				target.poolingRegion(), true, "1", f.from(), f.reason(), "同意转诊", f.from(), f.until());
		return referrals.file(filing, caller, "D2501" + System.nanoTime(), java.time.OffsetDateTime.now(clock))
			.serial();
	}

}
