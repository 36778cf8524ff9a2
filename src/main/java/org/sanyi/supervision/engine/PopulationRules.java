package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The population rules of the audit after settlement: what no single claim shows. Peer
 * costs (次均费用超同级) gather every claim of the period per doctor or institution and compare
 * each one's cost per visit with the <em>other</em> members of its peer group (same
 * hospital level, type and scene: 同级同类): a lone outlier among n peers could never exceed
 * 3σ of a group that includes it once n ≤ 10, so each is measured against the others
 * (leave one out). Shared phones and overlapping visits come per person. Pure: no Spring,
 * no SQL; amounts in question at scale 2, HALF_UP once.
 */
public final class PopulationRules {

	private static final MathContext MC = MathContext.DECIMAL64;

	private PopulationRules() {
	}

	/**
	 * A settled claim as the population rules see it.
	 *
	 * @param institutionRegion the institution's registry region
	 * @param type the institution's type, or {@code null} when not known
	 * @param settled the settlement date
	 * @param total the claim's fee total (元)
	 */
	public record ClaimSummary(String settlementId, String visitId, String personId, String institution,
			String institutionRegion, String doctor, int level, InstitutionType type, Scene scene, boolean crossRegion,
			LocalDate admission, LocalDate discharge, LocalDate settled, BigDecimal total) {
	}

	/** A population hit: the violation and the claim it is filed on. */
	public record Hit(ClaimSummary claim, Violation violation) {
	}

	/**
	 * Costs per visit of doctors or institutions, fed claim by claim during the batch,
	 * then compared with their peers.
	 */
	public static final class PeerCosts {

		private final Rule rule;

		private final boolean byDoctor;

		private final Map<String, Member> members = new LinkedHashMap<>();

		public PeerCosts(Rule rule) {
			if (rule.kind() != RuleKind.PEER_COST_DOCTOR && rule.kind() != RuleKind.PEER_COST_INSTITUTION) {
				throw new IllegalArgumentException(rule.kind().name());
			}
			this.rule = rule;
			this.byDoctor = rule.kind() == RuleKind.PEER_COST_DOCTOR;
		}

		/** Counts a claim the rule applies to (its scene, level and type). */
		public void add(ClaimSummary c) {
			String who = byDoctor ? c.doctor() : c.institution();
			if (who == null || who.isBlank() || !applies(rule, c)) {
				return;
			}
			String key = who + "|" + c.level() + "|" + c.type() + "|" + c.scene();
			members.computeIfAbsent(key, k -> new Member(who, c.level(), c.type(), c.scene())).add(c);
		}

		/** The members whose cost per visit is beyond {@code sigma} of their peers'. */
		public List<Hit> outliers() {
			int minVisits = rule.intParameter("min_visits");
			int minPeers = rule.intParameter("min_peers");
			BigDecimal sigma = rule.decimalParameter("sigma");
			Map<String, List<Member>> groups = new HashMap<>();
			for (Member m : members.values()) {
				if (m.visits >= minVisits) {
					groups.computeIfAbsent(m.level + "|" + m.type + "|" + m.scene, k -> new ArrayList<>()).add(m);
				}
			}
			List<Hit> hits = new ArrayList<>();
			for (List<Member> group : groups.values()) {
				if (group.size() - 1 < minPeers) {
					continue;
				}
				for (Member m : group) {
					List<BigDecimal> others = new ArrayList<>(group.size() - 1);
					for (Member o : group) {
						if (o != m) {
							others.add(o.average());
						}
					}
					BigDecimal mean = mean(others);
					BigDecimal sd = standardDeviation(others, mean);
					BigDecimal threshold = mean.add(sigma.multiply(sd, MC), MC);
					BigDecimal average = m.average();
					if (average.compareTo(threshold) > 0) {
						BigDecimal excess = average.subtract(threshold, MC).multiply(BigDecimal.valueOf(m.visits), MC);
						hits.add(new Hit(m.first,
								new Violation(rule.ruleId(), rule.name(), rule.kind(), rule.result(), rule.severity(),
										m.first.visitId(), null, m.who,
										"supervision.reason." + (byDoctor ? "peerCostDoctor" : "peerCostInstitution"),
										List.of(m.who, money(average).toPlainString(), money(mean).toPlainString(),
												money(sd).toPlainString(), String.valueOf(m.visits),
												String.valueOf(others.size()), sigma.toPlainString()),
										money(excess))));
					}
				}
			}
			return hits;
		}

		private static final class Member {

			final String who;

			final int level;

			final InstitutionType type;

			final Scene scene;

			long visits;

			BigDecimal total = BigDecimal.ZERO;

			/**
			 * The claim a hit is filed on: the member's first of the period, so that the
			 * nightly run over a growing period files it on the same claim again.
			 */
			ClaimSummary first;

			Member(String who, int level, InstitutionType type, Scene scene) {
				this.who = who;
				this.level = level;
				this.type = type;
				this.scene = scene;
			}

			void add(ClaimSummary c) {
				visits++;
				total = total.add(c.total());
				if (first == null || earlier(c, first)) {
					first = c;
				}
			}

			BigDecimal average() {
				return total.divide(BigDecimal.valueOf(visits), MC);
			}

		}

	}

	/**
	 * 一个手机号关联多人: each claim-bearing person of a phone shared by more than
	 * {@code max_persons} persons, filed on the person's first claim of the period.
	 * @param persons how many insured persons share the phone of each person in question
	 * @param first the first claim of the period of each person who has one
	 * @param phoneMasked the masked phone of each person in question
	 */
	public static List<Hit> sharedPhone(Rule rule, Map<String, Integer> persons, Map<String, ClaimSummary> first,
			Map<String, String> phoneMasked) {
		int max = rule.intParameter("max_persons");
		List<Hit> hits = new ArrayList<>();
		persons.forEach((person, count) -> {
			ClaimSummary c = first.get(person);
			if (count > max && c != null && applies(rule, c)) {
				hits.add(new Hit(c, new Violation(rule.ruleId(), rule.name(), rule.kind(), rule.result(),
						rule.severity(), c.visitId(), null, "", "supervision.reason.sharedPhone",
						List.of(phoneMasked.getOrDefault(person, ""), String.valueOf(count), String.valueOf(max)),
						money(c.total()))));
			}
		});
		return hits;
	}

	/**
	 * 异地就医异常: a person's visit outside the insured region whose days overlap a visit of
	 * the same person at another institution (a transfer on the day of discharge or
	 * admission is not an overlap). Filed on the cross-region visit.
	 * @param claims one person's claims of the period
	 */
	public static List<Hit> remoteOverlap(Rule rule, List<ClaimSummary> claims) {
		List<Hit> hits = new ArrayList<>();
		Set<String> flagged = new java.util.HashSet<>();
		for (ClaimSummary remote : claims) {
			if (!remote.crossRegion() || !applies(rule, remote)) {
				continue;
			}
			for (ClaimSummary other : claims) {
				if (other == remote || other.institution().equals(remote.institution())) {
					continue;
				}
				if ((startsWithin(other, remote) || startsWithin(remote, other))
						&& flagged.add(remote.settlementId())) {
					hits.add(new Hit(remote,
							new Violation(rule.ruleId(), rule.name(), rule.kind(), rule.result(), rule.severity(),
									remote.visitId(), null, "", "supervision.reason.remoteOverlap",
									List.of(remote.admission().toString(), remote.discharge().toString(),
											other.institution(), other.admission().toString()),
									money(remote.total()))));
				}
			}
		}
		return hits;
	}

	private static boolean applies(Rule rule, ClaimSummary c) {
		return rule.appliesTo(Stage.POST, c.scene(), c.level(), c.type(), null);
	}

	/** Whether {@code a} was settled before {@code b} (then by settlement id). */
	public static boolean earlier(ClaimSummary a, ClaimSummary b) {
		int byDate = a.settled().compareTo(b.settled());
		return byDate != 0 ? byDate < 0 : a.settlementId().compareTo(b.settlementId()) < 0;
	}

	/**
	 * Whether {@code b} starts after the day {@code a} starts and before the day it ends.
	 */
	private static boolean startsWithin(ClaimSummary b, ClaimSummary a) {
		return b.admission().isAfter(a.admission()) && b.admission().isBefore(a.discharge());
	}

	static BigDecimal mean(List<BigDecimal> values) {
		BigDecimal sum = BigDecimal.ZERO;
		for (BigDecimal v : values) {
			sum = sum.add(v);
		}
		return sum.divide(BigDecimal.valueOf(values.size()), MC);
	}

	/** The population standard deviation. */
	static BigDecimal standardDeviation(List<BigDecimal> values, BigDecimal mean) {
		BigDecimal squares = BigDecimal.ZERO;
		for (BigDecimal v : values) {
			BigDecimal d = v.subtract(mean, MC);
			squares = squares.add(d.multiply(d, MC), MC);
		}
		return squares.divide(BigDecimal.valueOf(values.size()), MC).sqrt(MC);
	}

	private static BigDecimal money(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_UP);
	}

}
