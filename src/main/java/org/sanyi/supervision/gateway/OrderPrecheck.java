package org.sanyi.supervision.gateway;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.sanyi.insurance.FundPrecheck;
import org.sanyi.insurance.InsuredDeaths;
import org.sanyi.supervision.audit.InstitutionProfiles;
import org.sanyi.supervision.engine.AuditEngine;
import org.sanyi.supervision.engine.Claim;
import org.sanyi.supervision.engine.ClaimLine;
import org.sanyi.supervision.engine.History;
import org.sanyi.supervision.engine.ItemKind;
import org.sanyi.supervision.engine.ResultType;
import org.sanyi.supervision.engine.Rule;
import org.sanyi.supervision.engine.RuleBook;
import org.sanyi.supervision.engine.RuleKind;
import org.sanyi.supervision.engine.Scene;
import org.sanyi.supervision.engine.Sex;
import org.sanyi.supervision.engine.Stage;
import org.sanyi.supervision.engine.Violation;
import org.sanyi.supervision.rules.RuleBooks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Insurance's {@link FundPrecheck} answered with the engine at the stage before
 * settlement (事前), under the rule book in force for the institution's region today: the
 * same rules, knowledge base and blocking flags as 3101. The institution's level and type
 * come from the registry ({@link InstitutionProfiles}); the registered date of death is
 * looked up only when a 死亡后就医 rule runs before settlement. The person's earlier purchases
 * the caller passes are the claim's history, as the other encounters of a 3101 call are
 * ({@link AnalysisRequest}): 高频购药 and 超量购药 count them.
 */
@Component
class OrderPrecheck implements FundPrecheck {

	private final RuleBooks books;

	private final InstitutionProfiles institutions;

	private final InsuredDeaths deaths;

	private final MessageSource texts;

	OrderPrecheck(RuleBooks books, InstitutionProfiles institutions, InsuredDeaths deaths, MessageSource texts) {
		this.books = books;
		this.institutions = institutions;
		this.deaths = deaths;
		this.texts = texts;
	}

	@Override
	public List<Finding> check(Orders orders) {
		Optional<RuleBook> found = books.forRegion(orders.institutionRegion(), orders.date());
		if (found.isEmpty() || found.get().rules().isEmpty()) {
			return List.of();
		}
		RuleBook book = found.get();
		List<ClaimLine> lines = new ArrayList<>(orders.orders().size());
		for (Order o : orders.orders()) {
			lines.add(new ClaimLine(o.lineId(), o.code(), o.name(), o.name(), ItemKind.ofCode(o.chargeType()),
					orders.date(), o.quantity(), o.price(),
					o.quantity().multiply(o.price()).setScale(2, RoundingMode.HALF_UP), o.daysSupplied(), o.doctor(),
					o.department()));
		}
		InstitutionProfiles.Profile at = institutions.of(orders.institutionCode());
		Claim claim = new Claim(orders.visitId(), "", orders.personId(), Sex.ofCode(orders.sex()), orders.birthDate(),
				orders.institutionCode(), at.level(), Scene.ofMedType(orders.medType()), orders.date(), orders.date(),
				orders.diagnoses(), lines)
			.withChronic(Claim.chronicMedType(orders.medType()))
			.withInstitutionType(at.type());
		if (book.rules().stream().anyMatch(r -> r.kind() == RuleKind.AFTER_DEATH && r.stages().contains(Stage.PRE))) {
			claim = claim.withDeathDate(deaths.datesOfDeath(List.of(orders.personId())).get(orders.personId()));
		}
		List<Violation> violations = AuditEngine.audit(book, claim, history(orders.purchases()), Stage.PRE);
		List<Finding> out = new ArrayList<>(violations.size());
		for (Violation v : violations) {
			String content = texts.getMessage(v.reasonKey(), v.reasonArgs().toArray(), v.reasonKey(),
					Locale.SIMPLIFIED_CHINESE);
			out.add(new Finding(v.ruleId(), v.ruleName(), content, v.lineId() == null ? "" : v.lineId(), v.code(),
					v.amount(), v.severity().code(), v.result() == ResultType.DEFINITE, blocking(book, v.ruleId()),
					v.kind().name()));
		}
		return out;
	}

	/**
	 * The first day a purchase rule of the book in force looks back to before settlement:
	 * the month's first day for 高频购药, {@code window_days} before for 超量购药.
	 */
	@Override
	public Optional<LocalDate> purchasesSince(String institutionRegion, LocalDate date) {
		Optional<RuleBook> found = books.forRegion(institutionRegion, date);
		if (found.isEmpty()) {
			return Optional.empty();
		}
		LocalDate since = null;
		for (Rule r : found.get().rules()) {
			if (!r.stages().contains(Stage.PRE)) {
				continue;
			}
			LocalDate from = switch (r.kind()) {
				case FREQUENT_PURCHASE -> date.withDayOfMonth(1);
				case OVER_PURCHASE -> date.minusDays(r.intParameter("window_days"));
				default -> null;
			};
			if (from != null && (since == null || from.isBefore(since))) {
				since = from;
			}
		}
		return Optional.ofNullable(since);
	}

	/** Earlier purchases as the engine's history, oldest first (as 3101 builds it). */
	static History history(List<Purchase> purchases) {
		if (purchases.isEmpty()) {
			return History.NONE;
		}
		List<History.Purchase> out = new ArrayList<>(purchases.size());
		for (Purchase p : purchases) {
			out.add(new History.Purchase(p.visitId(), p.code(), p.date(), p.daysSupplied()));
		}
		out.sort(Comparator.comparing(History.Purchase::date));
		return new History(List.of(), out);
	}

	private static boolean blocking(RuleBook book, String ruleId) {
		for (Rule r : book.rules()) {
			if (r.ruleId().equals(ruleId)) {
				return r.blocking();
			}
		}
		return false;
	}

}
