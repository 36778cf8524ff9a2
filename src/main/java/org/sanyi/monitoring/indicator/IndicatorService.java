package org.sanyi.monitoring.indicator;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.sanyi.monitoring.MonitoringErrors;
import org.sanyi.monitoring.engine.DefinitionChecker;
import org.sanyi.monitoring.engine.DefinitionChecker.Draft;
import org.sanyi.monitoring.engine.DefinitionError;
import org.sanyi.monitoring.engine.Factor;
import org.sanyi.monitoring.engine.IndicatorDefinition;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.review.MakerChecker;
import org.sanyi.shared.review.Refusal;
import org.sanyi.shared.review.ReviewStatus;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicator definitions as reviewed data: an officer proposes a version (checked in full
 * before anything is saved: expressions, names, cycles), a second officer approves it,
 * and the approved versions are what the engine computes.
 */
@Service
public class IndicatorService {

	private static final Logger log = LoggerFactory.getLogger(IndicatorService.class);

	private final IndicatorRepository definitions;

	private final Vocabularies vocabularies;

	private final MakerChecker<DefinitionRow, String> review;

	IndicatorService(IndicatorRepository definitions, Vocabularies vocabularies) {
		this.definitions = definitions;
		this.vocabularies = vocabularies;
		this.review = new MakerChecker<>(definitions, IndicatorService::refusal);
	}

	/** The approved definitions, by code, in the order they were created. */
	public Map<String, DefinitionRow> approved() {
		Map<String, DefinitionRow> byCode = new LinkedHashMap<>();
		definitions.approved().forEach(d -> byCode.put(d.code(), d));
		return byCode;
	}

	/**
	 * The approved definitions parsed for the engine. One that no longer parses (a data
	 * element withdrawn since) is left out and logged; its page shows the error when it
	 * is opened.
	 */
	public Map<String, IndicatorDefinition> library() {
		return parse(approved().values());
	}

	Map<String, IndicatorDefinition> parse(java.util.Collection<DefinitionRow> rows) {
		Map<String, IndicatorDefinition> library = new HashMap<>();
		Map<String, DefinitionRow> pending = new LinkedHashMap<>();
		rows.forEach(r -> pending.put(r.code(), r));
		DefinitionChecker checker = new DefinitionChecker(vocabularies.vocabulary(pending.keySet()));
		// references first: repeat until no definition can be added (a broken one never
		// can)
		boolean progress = true;
		while (!pending.isEmpty() && progress) {
			progress = false;
			for (var it = pending.values().iterator(); it.hasNext();) {
				DefinitionRow row = it.next();
				try {
					library.put(row.code(), checker.check(draft(row), library));
					it.remove();
					progress = true;
				}
				catch (DefinitionError ex) {
					// may name an indicator not parsed yet: try again in the next round
				}
			}
		}
		pending.keySet().forEach(code -> log.warn("indicator {} does not parse and is left out", code));
		return library;
	}

	/** Why a stored version does not parse today, if it does not. */
	public Optional<BusinessException> problem(DefinitionRow row) {
		Map<String, IndicatorDefinition> others = new HashMap<>(library());
		others.remove(row.code());
		try {
			checker().check(draft(row), others);
			return Optional.empty();
		}
		catch (DefinitionError ex) {
			return Optional.of(error(ex));
		}
	}

	/** Each code's approved and pending versions. */
	public List<DefinitionRow> open() {
		return definitions.open();
	}

	public DefinitionRow get(long id) {
		return definitions.find(id).orElseThrow(() -> new BusinessException(MonitoringErrors.INDICATOR_NOT_FOUND, id));
	}

	public List<DefinitionRow> history(String code) {
		return definitions.history(code);
	}

	/**
	 * Checks and stores a new pending version; nothing is stored when anything is wrong.
	 * @return the new version's id
	 */
	@Transactional
	public long propose(IndicatorProposal p, String proposer) {
		DefinitionRow row = validated(p, proposer);
		Map<String, IndicatorDefinition> others = new HashMap<>(library());
		others.remove(row.code());
		try {
			checker().check(draft(row), others);
		}
		catch (DefinitionError ex) {
			throw error(ex);
		}
		review.requireNoPending(row.code());
		return definitions.insert(new DefinitionRow(0, row.code(), definitions.nextVersion(row.code()), row.nameZh(),
				row.nameEn(), row.sets(), row.numerator(), row.denominator(), row.factor(), row.unit(),
				row.annualised(), row.decimals(), row.direction(), row.description(), ReviewStatus.PENDING, proposer,
				null, null, null, null));
	}

	/**
	 * A second officer approves; the definitions are checked again, as others may have
	 * changed since.
	 */
	@Transactional
	public void approve(long id, String reviewer, String note) {
		DefinitionRow row = pending(id, reviewer);
		problem(row).ifPresent(ex -> {
			throw ex;
		});
		review.approve(row, reviewer, note == null ? "" : note.strip());
	}

	@Transactional
	public void reject(long id, String reviewer, String note) {
		review.reject(pending(id, reviewer), reviewer, note == null ? "" : note.strip());
	}

	/**
	 * Stores shipped definitions that do not exist yet, approved by the platform (see
	 * {@link ShippedIndicators}), and a release's newer version of one nobody has
	 * touched: when every stored version of the code is the platform's and older, the
	 * approved one is superseded by the shipped. A code a regulator has proposed a
	 * version of stays theirs; the release does not overwrite it.
	 */
	@Transactional
	public int ship(List<DefinitionRow> shipped) {
		int added = 0;
		for (DefinitionRow d : shipped) {
			List<DefinitionRow> history = definitions.history(d.code());
			if (history.isEmpty()) {
				definitions.insert(d);
				added++;
			}
			else if (history.getFirst().version() < d.version()
					&& history.stream().allMatch(h -> ShippedIndicators.SYSTEM.equals(h.proposedBy()))) {
				definitions.lockOpen(d.code())
					.stream()
					.filter(v -> v.status() == ReviewStatus.APPROVED)
					.forEach(v -> definitions.supersede(v, null));
				definitions.insert(d);
				added++;
			}
		}
		return added;
	}

	private DefinitionRow pending(long id, String reviewer) {
		DefinitionRow row = definitions.findForUpdate(id)
			.orElseThrow(() -> new BusinessException(MonitoringErrors.INDICATOR_NOT_FOUND, id));
		review.requireDecidable(row, reviewer);
		return row;
	}

	private DefinitionChecker checker() {
		Set<String> codes = definitions.approved().stream().map(DefinitionRow::code).collect(Collectors.toSet());
		return new DefinitionChecker(vocabularies.vocabulary(codes));
	}

	static Draft draft(DefinitionRow row) {
		return new Draft(row.code(), row.numerator(), row.denominator(), row.factor(), row.annualised(),
				row.decimals());
	}

	/**
	 * The proposal's plain fields checked; the expressions are checked by the engine's
	 * checker.
	 */
	private static DefinitionRow validated(IndicatorProposal p, String proposer) {
		String code = p.code() == null ? "" : p.code().strip();
		if (!code.matches("[a-z][a-z0-9_]{0,39}")) {
			throw field("code");
		}
		String nameZh = text(p.nameZh(), 100, "name_zh");
		String nameEn = text(p.nameEn(), 100, "name_en");
		Factor factor;
		try {
			factor = Factor.valueOf(p.factor() == null ? "" : p.factor());
		}
		catch (IllegalArgumentException ex) {
			throw field("factor");
		}
		int decimals;
		try {
			decimals = p.decimals() == null || p.decimals().isBlank() ? 2 : Integer.parseInt(p.decimals().strip());
		}
		catch (NumberFormatException ex) {
			throw field("decimals");
		}
		if (decimals < 0 || decimals > 6) {
			throw field("decimals");
		}
		EnumSet<IndicatorSet> sets = EnumSet.noneOf(IndicatorSet.class);
		for (String s : p.sets()) {
			try {
				sets.add(IndicatorSet.valueOf(s));
			}
			catch (IllegalArgumentException ex) {
				throw field("sets");
			}
		}
		String unit = p.unit() == null ? "" : p.unit();
		if (!Set.of("", "YUAN", "DAY", "COUNT").contains(unit)) {
			throw field("unit");
		}
		String direction = p.direction() == null || p.direction().isBlank() ? "NONE" : p.direction();
		if (!Set.of("UP", "DOWN", "NONE").contains(direction)) {
			throw field("direction");
		}
		String numerator = p.numerator() == null ? "" : p.numerator().strip();
		String denominator = p.denominator() == null ? "" : p.denominator().strip();
		if (numerator.length() > 2000 || denominator.length() > 2000) {
			throw field("expression");
		}
		String description = p.description() == null ? "" : p.description().strip();
		if (description.length() > 1000) {
			throw field("description");
		}
		return new DefinitionRow(0, code, 1, nameZh, nameEn,
				sets.stream().map(Enum::name).collect(Collectors.joining(",")), numerator, denominator, factor, unit,
				p.annualised(), decimals, direction, description, ReviewStatus.PENDING, proposer, null, null, null,
				null);
	}

	private static String text(String value, int max, String field) {
		String v = value == null ? "" : value.strip();
		if (v.isEmpty() || v.length() > max) {
			throw field(field);
		}
		return v;
	}

	private static BusinessException field(String name) {
		MessageSourceResolvable label = new DefaultMessageSourceResolvable(
				new String[] { "monitoring.definition.field." + name }, (Object[]) null);
		return new BusinessException(MonitoringErrors.DEFINITION_FIELD, label);
	}

	/** An expression error as the module's error code: side, 1-based column, detail. */
	static BusinessException error(DefinitionError ex) {
		MonitoringErrors code = switch (ex.error().kind()) {
			case SYNTAX -> MonitoringErrors.EXPRESSION_SYNTAX;
			case UNKNOWN_ELEMENT -> MonitoringErrors.UNKNOWN_ELEMENT;
			case UNKNOWN_DIMENSION -> MonitoringErrors.UNKNOWN_DIMENSION;
			case UNKNOWN_GROUP -> MonitoringErrors.UNKNOWN_GROUP;
			case UNKNOWN_INDICATOR -> MonitoringErrors.UNKNOWN_INDICATOR;
			case CYCLE -> MonitoringErrors.INDICATOR_CYCLE;
			case DIVISION_BY_ZERO -> MonitoringErrors.DIVISION_BY_ZERO;
		};
		MessageSourceResolvable side = new DefaultMessageSourceResolvable(
				new String[] { "monitoring.side." + ex.side().name() }, (Object[]) null);
		return new BusinessException(code, side, ex.error().column(), ex.error().detail());
	}

	private static RuntimeException refusal(Refusal<DefinitionRow> refusal) {
		return switch (refusal) {
			case Refusal.NotPending<DefinitionRow>(DefinitionRow row) ->
				new BusinessException(MonitoringErrors.NOT_PENDING, row.code(), row.version(), row.status().name());
			case Refusal.OwnProposal<DefinitionRow> own -> new BusinessException(MonitoringErrors.REVIEW_OWN);
			case Refusal.PendingExists<DefinitionRow>(DefinitionRow pending) ->
				new BusinessException(MonitoringErrors.PENDING_EXISTS, pending.code(), pending.version());
			case Refusal.LaterVersion<DefinitionRow>(DefinitionRow row, DefinitionRow later) ->
				new BusinessException(MonitoringErrors.PENDING_EXISTS, later.code(), later.version());
		};
	}

}
