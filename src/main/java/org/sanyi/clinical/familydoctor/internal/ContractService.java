package org.sanyi.clinical.familydoctor.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanyi.clinical.familydoctor.FamilyDoctorErrors;
import org.sanyi.clinical.familydoctor.engine.ContractRules;
import org.sanyi.clinical.familydoctor.engine.ContractRules.PackageTerms;
import org.sanyi.clinical.familydoctor.engine.Crowd;
import org.sanyi.clinical.familydoctor.engine.TerminationReason;
import org.sanyi.clinical.familydoctor.internal.ContractRepository.Contract;
import org.sanyi.clinical.familydoctor.internal.ContractRepository.NewContract;
import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository.ServicePackage;
import org.sanyi.clinical.familydoctor.internal.FamilyDoctorRepository.Team;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Contracts (签约) and registers. A resident signs on the portal with a team of their
 * centre, or the team signs them at the counter; either renews in the renewal window or
 * ends the contract with a reason. The crowd categories the platform knows (age, the
 * registers) are derived; those a resident declares on the portal wait for the team's
 * confirmation, those the team ticks at the counter are confirmed. One active contract
 * per resident and year, and no two overlapping: checked under a lock on the resident and
 * guarded by a unique index. Facts for 签约率 and 重点人群签约率 are published in the same
 * transaction.
 */
@Service
public class ContractService {

	/** The crowd category codes, in the order of next-wave.md §4. */
	public static final List<String> CROWDS = Arrays.stream(Crowd.values()).map(Crowd::name).toList();

	private final FamilyDoctorRepository repository;

	private final ContractRepository contracts;

	private final ResidentIndex residents;

	private final FamilyDoctorFacts facts;

	private final TransactionTemplate transaction;

	private final ContractFees fees;

	ContractService(FamilyDoctorRepository repository, ContractRepository contracts, ResidentIndex residents,
			FamilyDoctorFacts facts, TransactionTemplate transaction, ContractFees fees) {
		this.fees = fees;
		this.repository = repository;
		this.contracts = contracts;
		this.residents = residents;
		this.facts = facts;
		this.transaction = transaction;
	}

	/** Who acts: the resident on the portal, or a team member at their institution. */
	public record Actor(Via via, String institutionCode, String residentId, String name) {

		public static Actor resident(String residentId, String name) {
			return new Actor(Via.PORTAL, null, residentId, name);
		}

		public static Actor team(String institutionCode, String name) {
			return new Actor(Via.TEAM, institutionCode, null, name);
		}

	}

	public enum Via {

		PORTAL, TEAM

	}

	/** What is asked for: the team, the packages, the categories chosen and the start. */
	public record SignRequest(String residentId, long teamId, List<String> packages, List<String> crowds,
			LocalDate startsOn) {
	}

	public Contract sign(SignRequest request, Actor actor, Instant at) {
		LocalDate today = LocalDate.ofInstant(at, PlatformTime.zone());
		if (!ContractRules.startAllowed(request.startsOn(), today)) {
			throw new BusinessException(FamilyDoctorErrors.START_DATE, request.startsOn());
		}
		return signChecked(request, actor, at, null, Set.of());
	}

	/**
	 * For the demo and onboarding: the categories count as confirmed, any start is kept.
	 */
	long signRecorded(SignRequest request, Via via, Instant at) {
		return signChecked(request, new Actor(via, null, request.residentId(), null), at, null, Set.of()).id();
	}

	/**
	 * Signs or renews. The team's and the onboarding's chosen categories are confirmed; a
	 * resident's become pending (besides what the platform derives and, on renewal, what
	 * the team confirmed before).
	 */
	private Contract signChecked(SignRequest request, Actor actor, Instant at, Contract renewing,
			Set<Crowd> confirmedBefore) {
		Team team = repository.team(request.teamId())
			.filter(t -> actor.institutionCode() == null || t.institutionCode().equals(actor.institutionCode()))
			.orElseThrow(
					() -> new BusinessException(FamilyDoctorErrors.UNKNOWN_TEAM, String.valueOf(request.teamId())));
		Set<Crowd> chosen = ContractRules.parseCrowds(request.crowds())
			.orElseThrow(() -> new BusinessException(FamilyDoctorErrors.UNKNOWN_CROWD, request.crowds()));
		List<ServicePackage> packages = packagesOf(request.packages());
		LocalDate start = request.startsOn();
		Set<Crowd> derived = derived(request.residentId(), start);
		boolean byResident = actor.via() == Via.PORTAL && actor.name() != null;
		Set<Crowd> confirmed = EnumSet.noneOf(Crowd.class);
		confirmed.addAll(byResident ? confirmedBefore : chosen);
		Set<Crowd> pending = EnumSet.noneOf(Crowd.class);
		if (byResident) {
			pending.addAll(chosen);
			pending.removeAll(derived);
			pending.removeAll(confirmed);
			pending.remove(Crowd.GENERAL);
		}
		Set<Crowd> crowds = ContractRules.categories(derived, confirmed);
		ContractRules.Fee fee = ContractRules.fee(packages.stream().map(ContractService::terms).toList());
		NewContract contract = new NewContract(request.residentId(), team, Crowd.join(crowds),
				derived.isEmpty() ? "" : Crowd.join(derived), pending.isEmpty() ? "" : Crowd.join(pending),
				String.join(",", request.packages()), fee.resident(), fee.insurance(), fee.publicHealth(), start,
				ContractRules.endOf(start), actor.via().name(), actor.name(), at,
				renewing == null ? null : renewing.id());
		try {
			long id = transaction.execute(status -> {
				contracts.lockResident(request.residentId());
				if (renewing != null && contracts.renewed(renewing.id())) {
					throw new BusinessException(FamilyDoctorErrors.NOT_RENEWABLE, String.valueOf(renewing.id()));
				}
				if (contracts.activeOverlapping(request.residentId(), start, ContractRules.endOf(start),
						renewing == null ? null : renewing.id())) {
					throw new BusinessException(FamilyDoctorErrors.ALREADY_CONTRACTED, String.valueOf(start.getYear()));
				}
				long newId = contracts.insert(contract);
				// the signing fee as the packages split it: the resident's part through
				// the payment port, the insurance fund's as a ledger payout, the
				// public-health fund's as a payable
				fees.collect(newId, request.residentId(), team.id(), team.institutionCode(), fee.resident(),
						fee.insurance(), fee.publicHealth(), by(actor), at);
				facts.contracted(newId, team.institutionCode(), LocalDate.ofInstant(at, PlatformTime.zone()),
						Crowd.anyKey(crowds), renewing != null);
				return newId;
			});
			return contracts.find(id).orElseThrow();
		}
		catch (DuplicateKeyException ex) {
			throw new BusinessException(FamilyDoctorErrors.ALREADY_CONTRACTED, String.valueOf(start.getYear()));
		}
	}

	/**
	 * Renews an active contract in its window with the packages given (none: the same
	 * ones, if still offered). The team confirms the categories anew (none given: the
	 * contract's); a resident keeps those the team confirmed, while age and registers are
	 * derived again (a child turns seven).
	 */
	public Contract renew(long contractId, List<String> packages, List<String> crowds, Actor actor, Instant at) {
		Contract old = visibleTo(contractId, actor);
		LocalDate today = LocalDate.ofInstant(at, PlatformTime.zone());
		if (!old.active()) {
			throw new BusinessException(FamilyDoctorErrors.NOT_RENEWABLE, String.valueOf(contractId));
		}
		LocalDate start = ContractRules.renewalStart(old.endsOn(), today)
			.orElseThrow(() -> new BusinessException(FamilyDoctorErrors.NOT_RENEWABLE, String.valueOf(contractId)));
		List<String> chosenPackages = packages == null || packages.isEmpty() ? List.of(old.packages().split(","))
				: packages;
		Set<Crowd> kept = Crowd.parseAll(old.crowds());
		kept.removeAll(Crowd.parseAll(old.crowdsDerived()));
		kept.remove(Crowd.GENERAL);
		List<String> chosenCrowds = crowds == null || crowds.isEmpty() ? kept.stream().map(Crowd::name).toList()
				: crowds;
		Set<Crowd> pendingBefore = Crowd.parseAll(old.crowdsPending());
		List<String> asked = actor.via() == Via.PORTAL
				? java.util.stream.Stream.concat(chosenCrowds.stream(), pendingBefore.stream().map(Crowd::name))
					.distinct()
					.toList()
				: chosenCrowds;
		return signChecked(new SignRequest(old.residentId(), old.teamId(), chosenPackages, asked, start), actor, at,
				old, kept);
	}

	/** Who collects or refunds, as the ledger names them. */
	private static String by(Actor actor) {
		return actor.name() == null || actor.name().isBlank() ? "system" : actor.name();
	}

	/** How the contract's fee was collected and refunded. */
	public Optional<ContractFees.Collection> fees(long contractId) {
		return fees.of(contractId);
	}

	/** Ends an active contract early with a reason. */
	public Contract terminate(long contractId, TerminationReason reason, String note, Actor actor, Instant at) {
		Contract c = visibleTo(contractId, actor);
		ContractRules.checkTermination(reason, note, actor.via() == Via.PORTAL).ifPresent(r -> {
			throw new BusinessException(FamilyDoctorErrors.valueOf(r.name()));
		});
		String text = note == null || note.isBlank() ? null : note.strip();
		transaction.executeWithoutResult(status -> {
			if (!contracts.terminate(contractId, reason.name(), text, actor.via().name(), actor.name(), at)) {
				throw new BusinessException(FamilyDoctorErrors.NOT_ACTIVE, String.valueOf(contractId));
			}
			// the unused days' part of each share goes back
			fees.refund(c, by(actor), at);
			facts.terminated(contractId, c.institutionCode(), LocalDate.ofInstant(at, PlatformTime.zone()),
					Crowd.anyKey(Crowd.parseAll(c.crowds())), c.renews() != null);
		});
		return contracts.find(contractId).orElseThrow();
	}

	/**
	 * The team confirms the categories a resident declared (those not ticked are
	 * dropped).
	 */
	public Contract confirmCrowds(long contractId, List<String> accepted, Actor actor, Instant at) {
		Contract c = visibleTo(contractId, actor);
		if (actor.via() != Via.TEAM) {
			throw new BusinessException(FamilyDoctorErrors.NO_CONTRACT, String.valueOf(contractId));
		}
		Set<Crowd> pending = Crowd.parseAll(c.crowdsPending());
		Set<Crowd> confirmed = ContractRules.parseCrowds(accepted)
			.orElseThrow(() -> new BusinessException(FamilyDoctorErrors.UNKNOWN_CROWD, accepted));
		confirmed.retainAll(pending);
		Set<Crowd> before = Crowd.parseAll(c.crowds());
		Set<Crowd> after = ContractRules.categories(before, confirmed);
		transaction.executeWithoutResult(status -> {
			if (!contracts.confirmCrowds(contractId, Crowd.join(after), c.crowdsPending())) {
				throw new BusinessException(FamilyDoctorErrors.NOT_ACTIVE, String.valueOf(contractId));
			}
			if (!Crowd.anyKey(before) && Crowd.anyKey(after)) {
				facts.becameKeyPopulation(contractId, c.institutionCode(), LocalDate.ofInstant(at, PlatformTime.zone()),
						c.renews() != null);
			}
		});
		return contracts.find(contractId).orElseThrow();
	}

	/**
	 * The contract if the actor may see it: the resident their own, a team member the
	 * contracts of their institution's teams; otherwise "no such contract".
	 */
	public Contract visibleTo(long contractId, Actor actor) {
		return contracts.find(contractId)
			.filter(c -> actor.via() == Via.PORTAL ? c.residentId().equals(actor.residentId())
					: c.institutionCode().equals(actor.institutionCode()))
			.orElseThrow(() -> new BusinessException(FamilyDoctorErrors.NO_CONTRACT, String.valueOf(contractId)));
	}

	/** The categories the platform knows of for the resident on the day. */
	public Set<Crowd> derived(String residentId, LocalDate day) {
		List<String> registers = contracts.registersOf(residentId);
		LocalDate birth = residents.find(residentId).map(Resident::birthDate).orElse(null);
		return ContractRules.derive(birth, day, registers.contains("HTN"), registers.contains("DM"));
	}

	private List<ServicePackage> packagesOf(List<String> codes) {
		Map<String, ServicePackage> known = repository.packages()
			.stream()
			.collect(Collectors.toMap(ServicePackage::code, Function.identity()));
		Map<String, PackageTerms> terms = known.values()
			.stream()
			.collect(Collectors.toMap(ServicePackage::code, ContractService::terms));
		ContractRules.checkPackages(codes, terms).ifPresent(r -> {
			throw new BusinessException(FamilyDoctorErrors.valueOf(r.name()), String.join(",", codes));
		});
		return codes.stream().map(known::get).toList();
	}

	private static PackageTerms terms(ServicePackage p) {
		return new PackageTerms(p.code(), "BASIC".equals(p.kind()), p.price(), p.insurancePays(), p.publicHealthPays(),
				p.offered());
	}

	void register(String residentId, String condition, long teamId, LocalDate on) {
		Team team = repository.team(teamId)
			.orElseThrow(() -> new BusinessException(FamilyDoctorErrors.UNKNOWN_TEAM, String.valueOf(teamId)));
		transaction.executeWithoutResult(status -> {
			repository.register(residentId, condition, teamId, team.institutionCode(), on);
			facts.registered(residentId, condition, team.institutionCode(), on);
		});
	}

}
