package org.sanyi.supervision.rules;

import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.sanyi.insurance.InsuranceAdmin;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.review.MakerChecker;
import org.sanyi.shared.review.Refusal;
import org.sanyi.shared.review.ReviewStatus;
import org.sanyi.supervision.SupervisionErrors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Rules and knowledge base as reviewed versions ({@link MakerChecker}, as insurance
 * policies and DRG parameters): an officer proposes a region's new rules version (a
 * changed rule on top of the version in force) or a new knowledge base (a CSV, checked
 * line by line, nothing stored on any error); a second officer approves it, which ends
 * the version in force the day before it starts. Approved versions are what
 * {@link RuleBooks} compiles for the engine.
 */
@Service
public class RuleService {

	private final RuleRepository versions;

	private final InsuranceAdmin insurance;

	private final RuleBooks books;

	private final MakerChecker<VersionRow, VersionRow.Key> review;

	RuleService(RuleRepository versions, InsuranceAdmin insurance, RuleBooks books) {
		this.versions = versions;
		this.insurance = insurance;
		this.books = books;
		this.review = new MakerChecker<>(versions, RuleService::refusal);
	}

	/**
	 * Proposes a new rules version of a region from a day: the rules in force there (the
	 * region's own or inherited from the city or province) with {@code changed} added or
	 * replacing the rule of its id.
	 */
	@Transactional
	public long proposeRule(String region, LocalDate from, RuleRow changed, String summary, String proposer,
			DataScope scope) {
		checkRegion(region, scope);
		if (from == null) {
			throw new BusinessException(SupervisionErrors.INVALID_FIELD, "effective_from", "");
		}
		RuleMapping.rule(changed);
		review.requireNoPending(new VersionRow.Key(VersionRow.RULES, region));
		Optional<VersionRow> base = versions.inForce(VersionRow.RULES, lineage(region), from.minusDays(1));
		List<RuleRow> rules = new ArrayList<>();
		base.ifPresent(b -> versions.rules(b.id())
			.stream()
			.filter(r -> !r.ruleId().equals(changed.ruleId().strip()))
			.forEach(rules::add));
		rules.add(changed);
		long id = versions.insert(uniqueCode(region + "-RULES-" + compact(from)), VersionRow.RULES, region, from,
				ReviewStatus.PENDING, base.map(VersionRow::id).orElse(null), text(summary), proposer);
		versions.insertRules(id, rules);
		return id;
	}

	/**
	 * Proposes a region's knowledge base from a CSV; every problem of the file refuses
	 * it, naming line and column.
	 */
	@Transactional
	public long proposeKnowledge(String region, LocalDate from, Reader csv, String summary, String proposer,
			DataScope scope) {
		checkRegion(region, scope);
		if (from == null) {
			throw new BusinessException(SupervisionErrors.INVALID_FIELD, "effective_from", "");
		}
		KnowledgeCsv.Result file = KnowledgeCsv.read(csv, knownCodes()::contains);
		if (!file.problems().isEmpty()) {
			throw new BusinessException(SupervisionErrors.KNOWLEDGE_FILE_INVALID, file.problems().size(),
					String.join("; ", file.problems().subList(0, Math.min(20, file.problems().size()))));
		}
		review.requireNoPending(new VersionRow.Key(VersionRow.KNOWLEDGE, region));
		Long base = versions.inForce(VersionRow.KNOWLEDGE, lineage(region), from.minusDays(1))
			.map(VersionRow::id)
			.orElse(null);
		long id = versions.insert(uniqueCode(region + "-KB-" + compact(from)), VersionRow.KNOWLEDGE, region, from,
				ReviewStatus.PENDING, base, text(summary), proposer);
		versions.insertKnowledge(id, file.entries());
		return id;
	}

	/**
	 * Stores rules as approved without review: rules already in force elsewhere being
	 * loaded (the demo's seed).
	 */
	@Transactional
	public long importApprovedRules(String region, LocalDate from, List<RuleRow> rules, String summary, String by) {
		rules.forEach(RuleMapping::rule);
		long id = versions.insert(uniqueCode(region + "-RULES-" + compact(from)), VersionRow.RULES, region, from,
				ReviewStatus.APPROVED, null, text(summary), by);
		versions.insertRules(id, rules);
		books.forget();
		return id;
	}

	/**
	 * Stores a knowledge base as approved without review (the demo's seed); a bad file
	 * imports nothing.
	 */
	@Transactional
	public long importApprovedKnowledge(String region, LocalDate from, Reader csv, String summary, String by) {
		KnowledgeCsv.Result file = KnowledgeCsv.read(csv, knownCodes()::contains);
		if (!file.problems().isEmpty()) {
			throw new BusinessException(SupervisionErrors.KNOWLEDGE_FILE_INVALID, file.problems().size(),
					String.join("; ", file.problems().subList(0, Math.min(20, file.problems().size()))));
		}
		long id = versions.insert(uniqueCode(region + "-KB-" + compact(from)), VersionRow.KNOWLEDGE, region, from,
				ReviewStatus.APPROVED, null, text(summary), by);
		versions.insertKnowledge(id, file.entries());
		books.forget();
		return id;
	}

	/**
	 * A second officer approves: the version in force ends the day before the new one
	 * starts.
	 */
	@Transactional
	public void approve(long id, String reviewer, String note, DataScope scope) {
		review.approve(pendingForReview(id, reviewer, scope), reviewer, text(note));
		books.forget();
	}

	@Transactional
	public void reject(long id, String reviewer, String note, DataScope scope) {
		review.reject(pendingForReview(id, reviewer, scope), reviewer, text(note));
	}

	/**
	 * Versions the user may see: of regions in their scope and of the regions above it.
	 */
	public List<VersionRow> list(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> versions.list("", List.of());
			case REGION -> versions.list(scope.regionPrefix(), lineage(scope.regionCode()));
			case INSTITUTION, SELF -> List.of();
		};
	}

	public VersionRow get(long id, DataScope scope) {
		return versions.find(id)
			.filter(v -> visible(v, scope))
			.orElseThrow(() -> new BusinessException(SupervisionErrors.VERSION_NOT_FOUND, id));
	}

	public List<RuleRow> rules(long versionId) {
		return versions.rules(versionId);
	}

	public List<KnowledgeEntry> knowledge(long versionId) {
		return versions.knowledge(versionId);
	}

	/**
	 * The approved version of a kind in force for a region today (its own or inherited).
	 */
	public Optional<VersionRow> inForce(String kind, String region, LocalDate on) {
		return versions.inForce(kind, lineage(region), on);
	}

	static boolean visible(VersionRow row, DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> true;
			case REGION -> row.regionCode().startsWith(scope.regionPrefix())
					|| scope.regionCode().startsWith(RegionCode.of(row.regionCode()).prefix());
			case INSTITUTION, SELF -> false;
		};
	}

	/**
	 * The region itself, its city and its province (6-digit codes), most specific first.
	 */
	static List<String> lineage(String region) {
		List<String> codes = new ArrayList<>();
		for (RegionCode c : RegionCode.of(region.substring(0, 6)).lineage()) {
			codes.add(0, c.value());
		}
		return codes;
	}

	private Set<String> knownCodes() {
		Set<String> codes = new HashSet<>();
		insurance.catalogue().forEach(item -> codes.add(item.code()));
		return codes;
	}

	private void checkRegion(String region, DataScope scope) {
		if (region == null || !RegionCode.isWellFormed(region) || region.length() != 6 || !scope.coversRegion(region)) {
			throw new BusinessException(SupervisionErrors.REGION_OUT_OF_SCOPE, String.valueOf(region));
		}
	}

	private VersionRow pendingForReview(long id, String reviewer, DataScope scope) {
		VersionRow row = versions.findForUpdate(id)
			.filter(v -> visible(v, scope) && scope.coversRegion(v.regionCode()))
			.orElseThrow(() -> new BusinessException(SupervisionErrors.VERSION_NOT_FOUND, id));
		review.requireDecidable(row, reviewer);
		return row;
	}

	private static RuntimeException refusal(Refusal<VersionRow> refusal) {
		return switch (refusal) {
			case Refusal.NotPending<VersionRow>(VersionRow row) ->
				new BusinessException(SupervisionErrors.VERSION_NOT_PENDING, row.code(), row.status().name());
			case Refusal.OwnProposal<VersionRow> own -> new BusinessException(SupervisionErrors.VERSION_REVIEW_OWN);
			case Refusal.PendingExists<VersionRow>(VersionRow pending) ->
				new BusinessException(SupervisionErrors.VERSION_PENDING_EXISTS, pending.regionCode(), pending.code());
			case Refusal.LaterVersion<VersionRow>(VersionRow row, VersionRow later) ->
				new BusinessException(SupervisionErrors.VERSION_EFFECTIVE_DATE, row.effectiveFrom().toString(),
						later.code(), later.effectiveFrom().toString());
		};
	}

	private String uniqueCode(String code) {
		String candidate = code;
		for (int n = 2; versions.codeExists(candidate); n++) {
			candidate = code + "-" + n;
		}
		return candidate;
	}

	private static String compact(LocalDate day) {
		return day.toString().replace("-", "");
	}

	private static String text(String s) {
		return s == null ? "" : s.strip();
	}

}
