package org.sanyi.insurance.policy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanyi.insurance.InsuranceAdmin.NewPolicyVersion;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.engine.Insutype;
import org.sanyi.insurance.engine.PolicyBook;
import org.sanyi.insurance.engine.PolicyVersion;
import org.sanyi.insurance.policy.PolicyRow.PolicyKey;
import org.sanyi.security.DataScope;
import org.sanyi.shared.AfterCommit;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.review.MakerChecker;
import org.sanyi.shared.review.Refusal;
import org.sanyi.shared.review.ReviewStatus;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Policy versions as data: the approved versions form the engine's {@link PolicyBook}
 * (cached, refreshed every 30 seconds and right after an approval on this node); a change
 * is proposed as a new version and approved by a second officer ({@link MakerChecker}:
 * one pending version per region and scheme), which ends the version it replaces the day
 * before the new one starts.
 */
@Service
public class PolicyService {

	private static final long REFRESH_NANOS = 30_000_000_000L;

	private final PolicyRepository policies;

	private final Clock clock;

	private volatile CachedBook cached;

	private final MakerChecker<PolicyRow, PolicyKey> review;

	PolicyService(PolicyRepository policies, Clock insuranceClock) {
		this.policies = policies;
		this.clock = insuranceClock;
		this.review = new MakerChecker<>(policies, PolicyService::refusal);
	}

	/** The approved versions, as the engine reads them. */
	public PolicyBook book() {
		CachedBook current = cached;
		if (current == null || System.nanoTime() - current.loadedAt() > REFRESH_NANOS) {
			current = new CachedBook(new PolicyBook(policies.approved().stream().map(PolicyRow::version).toList()),
					System.nanoTime());
			cached = current;
		}
		return current.book();
	}

	/**
	 * The version in force for an insured region, scheme and date ({@code INS-0015} when
	 * none).
	 */
	public PolicyVersion inForce(String region, String insutype, LocalDate date) {
		return book().inForce(RegionCode.of(region), Insutype.ofCode(insutype), date);
	}

	public void invalidate() {
		cached = null;
	}

	/** Stores a version as approved (loading policies already in force; no review). */
	@Transactional
	public long importApproved(NewPolicyVersion v) {
		PolicyVersion version = PolicyJson.read(v.code(), v.region(), v.insutype(), v.effectiveFrom(), v.effectiveTo(),
				v.parametersJson());
		List<PolicyVersion> all = new ArrayList<>();
		for (PolicyRow row : policies.approvedForUpdate(v.region(), v.insutype())) {
			all.add(row.version());
		}
		all.add(version);
		new PolicyBook(all);
		long id = policies.insert(v.code(), v.region(), v.insutype(), v.effectiveFrom(), v.effectiveTo(),
				PolicyJson.write(version), ReviewStatus.APPROVED, null, v.summary(), "import");
		invalidateAfterCommit();
		return id;
	}

	/**
	 * Proposes a new version of the scheme {@code basedOn} belongs to, with new
	 * parameters, from a date: the old version stays in force until the new one is
	 * approved and starts.
	 */
	@Transactional
	public long propose(long basedOn, LocalDate effectiveFrom, String parametersJson, String summary, String proposer,
			DataScope scope) {
		PolicyRow base = policies.find(basedOn)
			.filter(row -> visible(row, scope))
			.orElseThrow(() -> BusinessException.notFound("policy", basedOn));
		requireEditable(base, scope);
		checkEffectiveDate(base, effectiveFrom);
		review.requireNoPending(base.key());
		String code = uniqueCode(
				base.region() + "-" + base.insutype() + "-" + effectiveFrom.toString().replace("-", ""));
		PolicyVersion version = PolicyJson.read(code, base.region(), base.insutype(), effectiveFrom, null,
				parametersJson);
		return policies.insert(code, base.region(), base.insutype(), effectiveFrom, null, PolicyJson.write(version),
				ReviewStatus.PENDING, base.id(), summary, proposer);
	}

	/**
	 * A second officer approves: the version in force is ended the day before the new one
	 * starts, the book reloaded. A version cannot start in the past, nor before a later
	 * approved version.
	 */
	@Transactional
	public void approve(long id, String reviewer, String note, DataScope scope) {
		PolicyRow row = pendingForReview(id, reviewer, scope);
		LocalDate from = row.effectiveFrom();
		if (from.isBefore(LocalDate.now(clock))) {
			throw new BusinessException(InsuranceErrors.POLICY_EFFECTIVE_DATE, from, reason("beforeToday"));
		}
		review.approve(row, reviewer, note);
		// the region's versions with their new end dates must still form a valid book (no
		// overlap, no gap in rules)
		new PolicyBook(
				policies.approvedForUpdate(row.region(), row.insutype()).stream().map(PolicyRow::version).toList());
		invalidateAfterCommit();
	}

	@Transactional
	public void reject(long id, String reviewer, String note, DataScope scope) {
		review.reject(pendingForReview(id, reviewer, scope), reviewer, note);
	}

	public List<PolicyRow> list(DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> policies.list(null, "");
			case REGION -> policies.list(scope.regionCode(), scope.regionPrefix());
			case INSTITUTION, SELF -> List.of();
		};
	}

	public PolicyRow get(long id, DataScope scope) {
		return policies.find(id)
			.filter(row -> visible(row, scope))
			.orElseThrow(() -> BusinessException.notFound("policy", id));
	}

	public List<PolicyRow> history(PolicyRow row) {
		return policies.history(row.region(), row.insutype());
	}

	/**
	 * Whether the user may propose or review versions of this row's region (their scope
	 * covers it).
	 */
	public boolean editable(PolicyRow row, DataScope scope) {
		return scope.coversRegion(row.region());
	}

	/**
	 * A stored version (approved or waiting for review) as a replay reads it.
	 *
	 * @param id row id
	 * @param code version code
	 * @param region pooling region
	 * @param insutype scheme
	 * @param pending whether it waits for review
	 * @param rules the engine's version
	 */
	public record StoredVersion(long id, String code, String region, String insutype, boolean pending,
			PolicyVersion rules) {
	}

	/** A version visible in the scope ({@code not found} otherwise). */
	public StoredVersion stored(long id, DataScope scope) {
		PolicyRow row = get(id, scope);
		return new StoredVersion(row.id(), row.code(), row.region(), row.insutype(),
				row.status() == ReviewStatus.PENDING, row.version());
	}

	/** The approved version of a region and scheme that starts last. */
	public java.util.Optional<StoredVersion> latestApproved(String region, String insutype) {
		return policies.history(region, insutype)
			.stream()
			.filter(row -> row.status() == ReviewStatus.APPROVED)
			.findFirst()
			.map(row -> new StoredVersion(row.id(), row.code(), row.region(), row.insutype(), false, row.version()));
	}

	/**
	 * Proposes a new version from a date with values typed over the rules of
	 * {@code basedOn}, as the edit form does ({@link #withValues} names a bad field).
	 */
	@Transactional
	public long proposeValues(long basedOn, LocalDate effectiveFrom, Map<String, String> values, String summary,
			String proposer, DataScope scope) {
		PolicyRow base = get(basedOn, scope);
		PolicyVersion edited = withValues(base.version(), values);
		return propose(basedOn, effectiveFrom, PolicyJson.write(edited), summary, proposer, scope);
	}

	/** Whether a version of the region and scheme waits for review. */
	public boolean pendingExists(String region, String insutype) {
		return policies.history(region, insutype).stream().anyMatch(row -> row.status() == ReviewStatus.PENDING);
	}

	private static final Pattern FORM_FIELD = Pattern.compile("([drcl])(\\d{1,3})");

	/**
	 * The rules of a version with values typed over them, the edit form's fields
	 * ({@code d0} deductibles, {@code r0} ratios in percent, {@code c0} caps, {@code l0}
	 * layers). A field the version has no row for, or a value that is not a valid amount,
	 * ratio or band list, or one that makes the version inconsistent (bands out of
	 * order), fails with {@code INS-0052} naming the field; nothing is stored.
	 */
	public static PolicyVersion withValues(PolicyVersion base, Map<String, String> values) {
		Map<String, String> applied = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : values.entrySet()) {
			String field = entry.getKey();
			String value = entry.getValue() == null ? "" : entry.getValue();
			Matcher m = FORM_FIELD.matcher(field == null ? "" : field);
			int rows = !m.matches() ? -1 : switch (m.group(1)) {
				case "d" -> base.deductibles().size();
				case "r" -> base.ratios().size();
				case "c" -> base.caps().size();
				default -> base.layers().size();
			};
			if (rows < 0 || Integer.parseInt(m.group(2)) >= rows) {
				throw new BusinessException(InsuranceErrors.POLICY_PARAMETER_INVALID, String.valueOf(field), value);
			}
			applied.put(field, value);
			try {
				PolicyForm.parameters(base, applied);
			}
			catch (BusinessException ex) {
				if (ex.error() == InsuranceErrors.INVALID_POLICY) {
					// the version refused the combination: the field just added made it
					// so
					throw new BusinessException(InsuranceErrors.POLICY_PARAMETER_INVALID, field, value);
				}
				throw ex;
			}
		}
		return PolicyJson.read(base.code(), base.region().value(), base.insutype().code(), base.effectiveFrom(),
				base.effectiveTo(), PolicyForm.parameters(base, applied));
	}

	private PolicyRow pendingForReview(long id, String reviewer, DataScope scope) {
		PolicyRow row = policies.findForUpdate(id)
			.filter(r -> visible(r, scope))
			.orElseThrow(() -> BusinessException.notFound("policy", id));
		requireEditable(row, scope);
		review.requireDecidable(row, reviewer);
		return row;
	}

	/** The review rules' refusals as the policy's error codes. */
	private static RuntimeException refusal(Refusal<PolicyRow> refusal) {
		return switch (refusal) {
			case Refusal.NotPending<PolicyRow>(PolicyRow row) ->
				new BusinessException(InsuranceErrors.POLICY_NOT_PENDING, row.code());
			case Refusal.OwnProposal<PolicyRow> own -> new BusinessException(InsuranceErrors.POLICY_REVIEW_OWN);
			case Refusal.PendingExists<PolicyRow>(PolicyRow pending) -> new BusinessException(
					InsuranceErrors.POLICY_PENDING_EXISTS, pending.region(), pending.insutype(), pending.code());
			case Refusal.LaterVersion<PolicyRow>(PolicyRow row, PolicyRow later) ->
				new BusinessException(InsuranceErrors.POLICY_EFFECTIVE_DATE, row.effectiveFrom(),
						reason("laterVersion", later.code(), later.effectiveFrom()));
		};
	}

	private void requireEditable(PolicyRow row, DataScope scope) {
		if (!editable(row, scope)) {
			throw BusinessException.notFound("policy", row.id());
		}
	}

	private void checkEffectiveDate(PolicyRow base, LocalDate from) {
		if (from == null) {
			throw new BusinessException(InsuranceErrors.MISSING_FIELD, "effective_from");
		}
		if (!from.isAfter(base.effectiveFrom())) {
			throw new BusinessException(InsuranceErrors.POLICY_EFFECTIVE_DATE, from,
					reason("notAfterBase", base.effectiveFrom()));
		}
		if (from.isBefore(LocalDate.now(clock))) {
			throw new BusinessException(InsuranceErrors.POLICY_EFFECTIVE_DATE, from, reason("beforeToday"));
		}
	}

	/** A reason in the reader's language, resolved when the error message is. */
	private static MessageSourceResolvable reason(String key, Object... args) {
		return new DefaultMessageSourceResolvable(new String[] { "insurance.policy.reason." + key }, args);
	}

	private String uniqueCode(String code) {
		String candidate = code;
		for (int n = 2; policies.codeExists(candidate); n++) {
			candidate = code + "-" + n;
		}
		return candidate;
	}

	static boolean visible(PolicyRow row, DataScope scope) {
		return switch (scope.kind()) {
			case ALL -> true;
			case REGION -> row.region().startsWith(scope.regionPrefix())
					|| scope.regionCode().startsWith(RegionCode.of(row.region()).prefix());
			case INSTITUTION, SELF -> false;
		};
	}

	private void invalidateAfterCommit() {
		invalidate();
		AfterCommit.run(this::invalidate);
	}

	private record CachedBook(PolicyBook book, long loadedAt) {
	}

}
