package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanyi.insurance.engine.ReferralContext;
import org.sanyi.insurance.engine.Settlement;
import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.insurance.referral.ReferralRegistration;
import org.sanyi.insurance.referral.ReferralRegistrationRepository;
import org.sanyi.insurance.settlement.Visits.VisitRow;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Registry;
import org.sanyi.shared.Money;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the settlement of a stay knows of its referral, for the policy's referral rules:
 * whether the treating institution lies outside the person's county, the person's 转院备案
 * (2501) to it (the one covering the admission day, else the latest, which the engine
 * then finds expired or not yet valid), whether sender and receiver share an alliance on
 * the admission day (registry), and the deductible the person's latest stay this year at
 * the sender bore. The context a settlement was priced with is kept
 * ({@code ins_settlement_referral}) so that policy replay prices the stay the same way.
 */
@Component
class ReferralContexts {

	private final ReferralRegistrationRepository registrations;

	private final Registry registry;

	private final JdbcClient jdbc;

	ReferralContexts(ReferralRegistrationRepository registrations, Registry registry, JdbcClient jdbc) {
		this.registrations = registrations;
		this.registry = registry;
		this.jdbc = jdbc;
	}

	ReferralContext of(VisitRow visit, Person person, LocalDate settlementDate) {
		LocalDate admitted = visit.begin().toLocalDate().isAfter(settlementDate) ? settlementDate
				: visit.begin().toLocalDate();
		String personCounty = county(person.region());
		boolean outOfCounty = personCounty != null && !personCounty.equals(county(visit.institutionRegion()));
		List<ReferralRegistration> valid = registrations.validTo(person.psnNo(), visit.institution());
		Optional<ReferralRegistration> chosen = valid.stream()
			.filter(r -> r.covers(visit.institution(), admitted))
			.findFirst()
			.or(() -> valid.stream().max(Comparator.comparing(ReferralRegistration::from)));
		if (chosen.isEmpty()) {
			return ReferralContext.unfiled(outOfCounty);
		}
		ReferralRegistration r = chosen.get();
		return new ReferralContext(outOfCounty, r.serial(), r.from(), r.until(),
				sameAlliance(r.institution(), visit.institution(), admitted),
				senderDeductible(person.psnNo(), r.institution(), settlementDate.getYear()));
	}

	/** Keeps the referral context a stay was priced with (none for other settlements). */
	void record(String setlId, Settlement settlement) {
		ReferralContext c = settlement.visit().referral();
		if (c == null) {
			return;
		}
		jdbc.sql("""
				insert into ins_settlement_referral (setl_id, out_of_county, registration, valid_from, valid_until,
				                                     same_alliance, sender_deductible)
				values (:setl, :out, :reg, :from, :until, :same, :sender)""")
			.param("setl", setlId)
			.param("out", c.outOfCounty())
			.param("reg", c.registration())
			.param("from", c.validFrom())
			.param("until", c.validUntil())
			.param("same", c.sameAlliance())
			.param("sender", c.senderDeductible() == null ? null : c.senderDeductible().amount())
			.update();
	}

	/**
	 * Whether both are members of one 医共体 or 城市医疗集团 on the day: the close-knit alliances
	 * that run as one (a specialty alliance does not count).
	 */
	private boolean sameAlliance(String sender, String receiver, LocalDate day) {
		Set<Long> of = new HashSet<>();
		for (Alliance a : registry.alliancesOf(sender, day)) {
			if (a.kind() != Alliance.Kind.SPECIALTY) {
				of.add(a.id());
			}
		}
		return registry.alliancesOf(receiver, day).stream().anyMatch(a -> of.contains(a.id()));
	}

	/**
	 * The deductible of the person's latest standing inpatient settlement at the sender
	 * this year.
	 */
	private Money senderDeductible(String psnNo, String sender, int year) {
		return jdbc.sql("""
				select act_pay_dedc from ins_settlement
				 where psn_no = :p and fixmedins_code = :sender and clr_type = '21' and status = 'SETTLED'
				   and setl_date between :from and :to
				 order by posting_no desc limit 1""")
			.param("p", psnNo)
			.param("sender", sender)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query(BigDecimal.class)
			.optional()
			.map(Money::of)
			.orElse(null);
	}

	private static String county(String region) {
		return region == null || region.length() < 6 ? null : region.substring(0, 6);
	}

}
