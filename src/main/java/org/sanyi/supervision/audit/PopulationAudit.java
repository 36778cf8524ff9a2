package org.sanyi.supervision.audit;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.insurance.InsuredContacts;
import org.sanyi.insurance.SettledClaims;
import org.sanyi.supervision.engine.Scene;
import org.sanyi.supervision.engine.HospitalLevels;
import org.sanyi.supervision.engine.InstitutionType;
import org.sanyi.supervision.engine.PopulationRules;
import org.sanyi.supervision.engine.PopulationRules.ClaimSummary;
import org.sanyi.supervision.engine.PopulationRules.Hit;
import org.sanyi.supervision.engine.PopulationRules.PeerCosts;
import org.sanyi.supervision.engine.Rule;
import org.sanyi.supervision.engine.RuleBook;

/**
 * The population rules of one batch audit run: fed person by person as the batch reads
 * the period (cross-region overlaps are found at once, peer costs and shared phones are
 * gathered), then finished once the whole period has been read. The phones shared by more
 * persons than a rule allows are read from insurance's {@link InsuredContacts} once, at
 * the start; only the first claim of the period of each of those persons is kept.
 */
final class PopulationAudit {

	private final List<PeerCosts> peers = new ArrayList<>();

	private final List<Rule> overlaps = new ArrayList<>();

	private final List<Rule> phoneRules = new ArrayList<>();

	private final Map<String, Integer> sharing = new HashMap<>();

	private final Map<String, String> phones = new HashMap<>();

	private final Map<String, ClaimSummary> first = new HashMap<>();

	PopulationAudit(RuleBook book, InsuredContacts contacts) {
		int fewest = Integer.MAX_VALUE;
		for (Rule rule : book.rules()) {
			switch (rule.kind()) {
				case PEER_COST_DOCTOR, PEER_COST_INSTITUTION -> peers.add(new PeerCosts(rule));
				case REMOTE_OVERLAP -> overlaps.add(rule);
				case SHARED_PHONE -> {
					phoneRules.add(rule);
					fewest = Math.min(fewest, rule.intParameter("max_persons") + 1);
				}
				default -> {
				}
			}
		}
		if (!phoneRules.isEmpty()) {
			for (InsuredContacts.SharedPhone phone : contacts.sharedPhones(fewest)) {
				for (String person : phone.personIds()) {
					sharing.merge(person, phone.personIds().size(), Math::max);
					phones.putIfAbsent(person, phone.phoneMasked());
				}
			}
		}
	}

	/** Whether the book has any population rule. */
	boolean active() {
		return !peers.isEmpty() || !overlaps.isEmpty() || !phoneRules.isEmpty();
	}

	/** One person's claims of the period: the hits found on them alone. */
	List<Hit> person(List<ClaimSummary> claims) {
		List<Hit> hits = new ArrayList<>();
		for (ClaimSummary c : claims) {
			peers.forEach(p -> p.add(c));
			if (sharing.containsKey(c.personId())) {
				first.merge(c.personId(), c, (a, b) -> PopulationRules.earlier(b, a) ? b : a);
			}
		}
		for (Rule rule : overlaps) {
			hits.addAll(PopulationRules.remoteOverlap(rule, claims));
		}
		return hits;
	}

	/** The hits that needed the whole period. */
	List<Hit> finish() {
		List<Hit> hits = new ArrayList<>();
		peers.forEach(p -> hits.addAll(p.outliers()));
		for (Rule rule : phoneRules) {
			hits.addAll(PopulationRules.sharedPhone(rule, sharing, first, phones));
		}
		return hits;
	}

	static ClaimSummary summary(SettledClaims.Claim c, InstitutionType type) {
		BigDecimal total = BigDecimal.ZERO;
		for (SettledClaims.Line l : c.lines()) {
			total = total.add(l.amount());
		}
		return new ClaimSummary(c.settlementId(), c.visitId(), c.personId(), c.institutionCode(), c.institutionRegion(),
				c.doctor(), Math.max(0, HospitalLevels.of(c.hospitalLevel())), type, Scene.ofMedType(c.medType()),
				c.crossRegion(), c.admission(), c.discharge(), c.settled(), total);
	}

}
