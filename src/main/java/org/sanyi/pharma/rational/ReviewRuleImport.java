package org.sanyi.pharma.rational;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.sanyi.pharma.ImportProblem;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.RxReview;
import org.sanyi.pharma.engine.RxType;
import org.sanyi.pharma.rational.ReviewRuleRows.ContraindicationRow;
import org.sanyi.pharma.rational.ReviewRuleRows.DrugRow;
import org.sanyi.pharma.rational.ReviewRuleRows.InteractionRow;
import org.sanyi.pharma.rational.ReviewRuleRows.LimitRow;
import org.sanyi.security.DataScope;
import org.sanyi.shared.AfterCommit;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;
import org.sanyi.shared.review.MakerChecker;
import org.sanyi.shared.review.Refusal;
import org.sanyi.shared.review.ReviewStatus;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A region's own prescription review rules (审方规则), one table at a time from CSV, through
 * the maker–checker ({@link MakerChecker}, as the supervision knowledge base): an officer
 * imports a file as a proposal that the file become the region's rows of that table (rows
 * of the platform's defaults and of the regions above stay; a region overrides a default
 * by its key and relaxes a blocking one by importing it non-blocking); a second officer
 * sees what it changes key by key ({@link RuleChange}) and approves or rejects it. Only
 * an approval changes the rules in force, and the pre-check's book re-reads them once it
 * commits. All or nothing: a file with any bad line stores nothing and names each line
 * and column.
 */
@Service
public class ReviewRuleImport {

	static final int MAX_LINES = 5_000;

	/** Dose units of {@code ph_rx_drug_rule}. */
	static final Set<String> UNITS = Set.of("mg", "g", "μg", "吸", "粒", "片", "ml");

	private final ReviewRuleRows rows;

	private final ReviewRuleBook book;

	private final RuleProposals proposals;

	private final MakerChecker<RuleProposal, RuleProposal.Key> review;

	ReviewRuleImport(ReviewRuleRows rows, ReviewRuleBook book, RuleProposals proposals) {
		this.rows = rows;
		this.book = book;
		this.proposals = proposals;
		this.review = new MakerChecker<>(proposals, ReviewRuleImport::refusal);
	}

	/** The four tables and their columns. */
	public enum Table {

		LIMITS("rx_type", "plain_days", "reason_days", "max_drugs"),
		DRUGS("drug_key", "name", "min_single_dose", "max_single_dose", "dose_unit", "frequencies",
				"antimicrobial_tier", "ddd"),
		INTERACTIONS("drug_a", "drug_b", "severity", "blocking", "advice"),
		CONTRAINDICATIONS("drug_key", "kind", "value", "blocking", "advice");

		private final List<String> columns;

		Table(String... columns) {
			this.columns = List.of(columns);
		}

		public List<String> columns() {
			return columns;
		}

		/** The table of a name, or {@code PH-0333}. */
		public static Table named(String name) {
			for (Table t : values()) {
				if (t.name().equalsIgnoreCase(name == null ? "" : name.strip())) {
					return t;
				}
			}
			throw new BusinessException(PharmaErrors.REVIEW_RULE_TABLE, String.valueOf(name));
		}

	}

	/**
	 * What an import did: the proposal stored (0 when any line was refused), the file's
	 * rows, what approving it would change, and the refused lines.
	 */
	public record Result(long proposal, int rows, List<RuleChange> changes, List<ImportProblem> problems) {
	}

	/** A proposal and, while it waits, what approving it would change. */
	public record Reviewed(RuleProposal proposal, List<RuleChange> changes) {
	}

	/**
	 * Proposes that a file become the region's rows of a table; refused while another
	 * import of the region's table waits ({@code PH-0336}).
	 */
	@Transactional
	public Result propose(Table table, String region, String fileName, byte[] content, DataScope scope, String by) {
		if (region == null || !RegionCode.isWellFormed(region) || ReviewRuleBook.DEFAULTS.equals(region)
				|| !scope.coversRegion(region)) {
			throw new BusinessException(PharmaErrors.REVIEW_RULE_REGION, String.valueOf(region));
		}
		Parsed<?> parsed = parse(table, content);
		if (!parsed.problems().isEmpty()) {
			return new Result(0, 0, List.of(), parsed.problems());
		}
		if (parsed.rows().isEmpty()) {
			throw new BusinessException(PharmaErrors.IMPORT_FILE, "0");
		}
		review.requireNoPending(new RuleProposal.Key(region, table));
		long id = proposals.insert(region, table, fileName, new String(content, StandardCharsets.UTF_8),
				parsed.rows().size(), by);
		return new Result(id, parsed.rows().size(), changes(table, region, parsed.rows()), List.of());
	}

	/** The pending imports and the last ten decided ones the scope covers. */
	@Transactional(readOnly = true)
	public List<RuleProposal> proposals(DataScope scope) {
		return proposals.recent(scope.regionPrefix(), 10);
	}

	/** A proposal of the scope's regions, with its changes while it waits. */
	@Transactional(readOnly = true)
	public Reviewed proposal(long id, DataScope scope) {
		RuleProposal proposal = proposals.find(id)
			.filter(p -> scope.coversRegion(p.region()))
			.orElseThrow(() -> BusinessException.notFound("review-rule proposal", id));
		if (proposal.status() != ReviewStatus.PENDING) {
			return new Reviewed(proposal, List.of());
		}
		return new Reviewed(proposal, changes(proposal.table(), proposal.region(), fileRows(proposal)));
	}

	/**
	 * A second officer approves: the file's rows replace the region's rows of the table,
	 * the approved import before it is superseded.
	 */
	@Transactional
	public void approve(long id, String by, String note, DataScope scope) {
		RuleProposal proposal = pending(id, by, note, scope);
		review.approve(proposal, by, note);
		List<?> file = fileRows(proposal);
		String region = proposal.region();
		String proposer = proposal.proposedBy();
		switch (proposal.table()) {
			case LIMITS -> rows.replaceLimits(region, cast(file), proposer);
			case DRUGS -> rows.replaceDrugs(region, cast(file), proposer);
			case INTERACTIONS -> rows.replaceInteractions(region, cast(file), proposer);
			case CONTRAINDICATIONS -> rows.replaceContraindications(region, cast(file), proposer);
		}
		// the pre-check reads the new rules once they are committed
		AfterCommit.run(book::refresh);
	}

	/** A second officer rejects: no rule changes. */
	@Transactional
	public void reject(long id, String by, String note, DataScope scope) {
		review.reject(pending(id, by, note, scope), by, note);
	}

	private RuleProposal pending(long id, String by, String note, DataScope scope) {
		if (note != null && note.length() > 500) {
			throw new BusinessException(PharmaErrors.REVIEW_RULE_FIELD, "note", note.substring(0, 20) + "…");
		}
		RuleProposal proposal = proposals.findForUpdate(id)
			.filter(p -> scope.coversRegion(p.region()))
			.orElseThrow(() -> BusinessException.notFound("review-rule proposal", id));
		review.requireDecidable(proposal, by);
		return proposal;
	}

	/** The rows of a stored file, checked when it was proposed. */
	private List<?> fileRows(RuleProposal proposal) {
		Parsed<?> parsed = parse(proposal.table(), proposals.content(proposal.id()).getBytes(StandardCharsets.UTF_8));
		if (!parsed.problems().isEmpty()) {
			throw new IllegalStateException("review-rule proposal " + proposal.id() + " no longer parses");
		}
		return parsed.rows();
	}

	/** What the file's rows change in the region's own rows of the table, key by key. */
	private List<RuleChange> changes(Table table, String region, List<?> file) {
		List<String> own = List.of(region);
		Map<String, Map<String, String>> before = switch (table) {
			case LIMITS -> cells(table, rows.limits(own));
			case DRUGS -> cells(table, rows.drugs(own));
			case INTERACTIONS -> cells(table, rows.interactions(own));
			case CONTRAINDICATIONS -> cells(table, rows.contraindications(own));
		};
		Map<String, Map<String, String>> after = cells(table, file);
		List<RuleChange> changes = new ArrayList<>();
		after.forEach((key, cells) -> {
			Map<String, String> was = before.get(key);
			if (was == null) {
				changes.add(new RuleChange(RuleChange.Kind.ADDED, shown(key), Map.of(), cells));
			}
			else if (!was.equals(cells)) {
				changes.add(new RuleChange(RuleChange.Kind.CHANGED, shown(key), was, cells));
			}
		});
		before.forEach((key, cells) -> {
			if (!after.containsKey(key)) {
				changes.add(new RuleChange(RuleChange.Kind.REMOVED, shown(key), cells, Map.of()));
			}
		});
		return changes;
	}

	/** Rows of a table by key, each as its other columns' values, in file order. */
	private static Map<String, Map<String, String>> cells(Table table, List<?> rows) {
		Map<String, Map<String, String>> byKey = new LinkedHashMap<>();
		for (Object row : rows) {
			Map<String, String> cells = new LinkedHashMap<>();
			String key = switch (row) {
				case LimitRow r -> {
					cells.put("plain_days", String.valueOf(r.plainDays()));
					cells.put("reason_days", String.valueOf(r.reasonDays()));
					cells.put("max_drugs", String.valueOf(r.maxDrugs()));
					yield r.rxTypeCode();
				}
				case DrugRow r -> {
					cells.put("name", r.name());
					cells.put("min_single_dose", plain(r.minSingleDose()));
					cells.put("max_single_dose", plain(r.maxSingleDose()));
					cells.put("dose_unit", r.doseUnit());
					cells.put("frequencies", r.frequencies() == null ? "" : r.frequencies());
					cells.put("antimicrobial_tier", String.valueOf(r.antimicrobialTier()));
					cells.put("ddd", plain(r.ddd()));
					yield r.drugKey();
				}
				case InteractionRow r -> {
					cells.put("severity", r.severity());
					cells.put("blocking", String.valueOf(r.blocking()));
					cells.put("advice", r.advice());
					yield ReviewRuleBook.pair(r.drugA(), r.drugB());
				}
				case ContraindicationRow r -> {
					cells.put("value", r.value() == null ? "" : r.value());
					cells.put("blocking", String.valueOf(r.blocking()));
					cells.put("advice", r.advice());
					yield r.drugKey() + "|" + r.kind();
				}
				default -> throw new IllegalArgumentException(table + ": " + row);
			};
			byKey.put(key, cells);
		}
		return byKey;
	}

	private static String shown(String key) {
		return key.replace("|", " · ");
	}

	private static String plain(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private static RuntimeException refusal(Refusal<RuleProposal> refusal) {
		return switch (refusal) {
			case Refusal.NotPending<RuleProposal> n -> new BusinessException(PharmaErrors.REVIEW_RULE_NOT_PENDING);
			case Refusal.OwnProposal<RuleProposal> own -> new BusinessException(PharmaErrors.REVIEW_RULE_OWN_PROPOSAL);
			case Refusal.PendingExists<RuleProposal>(RuleProposal pending) ->
				new BusinessException(PharmaErrors.REVIEW_RULE_PENDING_EXISTS, pending.id(), pending.proposedBy());
			// undated: no later version can stand in the way
			case Refusal.LaterVersion<RuleProposal> later ->
				new BusinessException(PharmaErrors.REVIEW_RULE_NOT_PENDING);
		};
	}

	@SuppressWarnings("unchecked")
	private static <T> List<T> cast(List<?> rows) {
		return (List<T>) rows;
	}

	/** The rows of a file and its refused lines. */
	record Parsed<T>(List<T> rows, List<ImportProblem> problems) {
	}

	/** A file's lines as rows of the table, or the problems of each bad line. */
	static Parsed<?> parse(Table table, byte[] content) {
		return switch (table) {
			case LIMITS -> read(content, table, ReviewRuleImport::limit, LimitRow::rxTypeCode);
			case DRUGS -> read(content, table, ReviewRuleImport::drug, DrugRow::drugKey);
			case INTERACTIONS ->
				read(content, table, ReviewRuleImport::interaction, r -> ReviewRuleBook.pair(r.drugA(), r.drugB()));
			case CONTRAINDICATIONS ->
				read(content, table, ReviewRuleImport::contraindication, r -> r.drugKey() + "|" + r.kind());
		};
	}

	/** Reads a line into a row or adds its problems. */
	private interface LineReader<T> {

		T read(CsvRow row, List<ImportProblem> problems);

	}

	private static <T> Parsed<T> read(byte[] content, Table table, LineReader<T> reader, Function<T, String> key) {
		List<ImportProblem> problems = new ArrayList<>();
		List<T> parsed = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		try (CsvReader csv = new CsvReader(
				new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
			csv.requireColumns(table.columns().toArray(String[]::new));
			for (CsvRow row = csv.next(); row != null; row = csv.next()) {
				if (parsed.size() + problems.size() >= MAX_LINES) {
					throw new BusinessException(PharmaErrors.IMPORT_FILE, "> " + MAX_LINES);
				}
				int before = problems.size();
				T r = reader.read(row, problems);
				if (problems.size() > before) {
					continue;
				}
				Integer earlier = seen.putIfAbsent(key.apply(r), row.line());
				if (earlier != null) {
					problems.add(new ImportProblem(row.line(), table.columns().getFirst(),
							new BusinessException(PharmaErrors.REVIEW_RULE_DUPLICATE, key.apply(r), earlier)));
					continue;
				}
				parsed.add(r);
			}
		}
		return new Parsed<>(parsed, problems);
	}

	private static LimitRow limit(CsvRow row, List<ImportProblem> problems) {
		String type = row.optional("rx_type").strip();
		if (RxType.ofCode(type).isEmpty()) {
			problems.add(problem(row, "rx_type", type));
		}
		Integer plain = whole(row, "plain_days", 1, 84, problems);
		Integer reason = whole(row, "reason_days", 1, 84, problems);
		Integer max = whole(row, "max_drugs", 1, 20, problems);
		if (plain != null && reason != null && reason < plain) {
			problems.add(problem(row, "reason_days", reason + " < " + plain));
		}
		// a line with a problem is skipped by the reader; nothing to build then
		return plain == null || reason == null || max == null ? null
				: new LimitRow(null, type, plain, reason, max, null, null);
	}

	private static DrugRow drug(CsvRow row, List<ImportProblem> problems) {
		String key = drugKey(row, "drug_key", problems);
		String name = text(row, "name", 100, true, problems);
		BigDecimal min = dose(row, "min_single_dose", problems);
		BigDecimal max = dose(row, "max_single_dose", problems);
		if (min != null && max != null && min.compareTo(max) > 0) {
			problems.add(problem(row, "max_single_dose", max.toPlainString() + " < " + min.toPlainString()));
		}
		String unit = row.optional("dose_unit").strip();
		if (!UNITS.contains(unit)) {
			problems.add(problem(row, "dose_unit", unit));
		}
		List<String> frequencies = new ArrayList<>();
		for (String f : row.optional("frequencies").split("[,|]")) {
			String code = f.strip().toLowerCase(Locale.ROOT);
			if (code.isEmpty()) {
				continue;
			}
			if (!RxReview.frequencyCodes().contains(code)) {
				problems.add(problem(row, "frequencies", f.strip()));
			}
			else if (!frequencies.contains(code)) {
				frequencies.add(code);
			}
		}
		Integer tier = whole(row, "antimicrobial_tier", 0, 3, problems);
		BigDecimal ddd = dose(row, "ddd", problems);
		if (ddd != null && ddd.signum() == 0) {
			problems.add(problem(row, "ddd", "0"));
		}
		return new DrugRow(null, key, name, min, max, unit, String.join(",", frequencies), tier == null ? 0 : tier, ddd,
				null, null);
	}

	private static InteractionRow interaction(CsvRow row, List<ImportProblem> problems) {
		String a = drugKey(row, "drug_a", problems);
		String b = drugKey(row, "drug_b", problems);
		if (!a.isEmpty() && a.equals(b)) {
			problems.add(problem(row, "drug_b", b));
		}
		String severity = row.optional("severity").strip().toUpperCase(Locale.ROOT);
		if (!Set.of("MAJOR", "MODERATE", "MINOR").contains(severity)) {
			problems.add(problem(row, "severity", severity));
		}
		Boolean blocking = flag(row, problems);
		String advice = text(row, "advice", 300, true, problems);
		return new InteractionRow(null, a, b, severity, Boolean.TRUE.equals(blocking), advice, null, null);
	}

	private static ContraindicationRow contraindication(CsvRow row, List<ImportProblem> problems) {
		String key = drugKey(row, "drug_key", problems);
		String kind = row.optional("kind").strip().toUpperCase(Locale.ROOT);
		String value = row.optional("value").strip();
		switch (kind) {
			case "MIN_AGE", "MAX_AGE" -> {
				if (!value.matches("[0-9]{1,3}") || Integer.parseInt(value) > 120) {
					problems.add(problem(row, "value", value));
				}
			}
			case "SEX" -> {
				if (!value.equals("1") && !value.equals("2")) {
					problems.add(problem(row, "value", value));
				}
			}
			case "PREGNANCY" -> {
				if (!value.isEmpty()) {
					problems.add(problem(row, "value", value));
				}
			}
			default -> problems.add(problem(row, "kind", kind));
		}
		Boolean blocking = flag(row, problems);
		String advice = text(row, "advice", 300, true, problems);
		return new ContraindicationRow(null, key, kind, value, Boolean.TRUE.equals(blocking), advice, null, null);
	}

	/**
	 * An ATC code prefix ({@code J01MA}, {@code B01AC04}) or a substance name as the
	 * generic name contains it (氯吡格雷).
	 */
	private static String drugKey(CsvRow row, String column, List<ImportProblem> problems) {
		String key = row.optional(column).strip();
		boolean atc = key.matches("[A-Z][0-9]{2}([A-Z]([A-Z]([0-9]{2})?)?)?");
		boolean substance = key.matches("[\\p{IsHan}][\\p{IsHan}·\\-A-Za-z0-9]{0,49}");
		if (!atc && !substance) {
			problems.add(problem(row, column, key));
		}
		return key;
	}

	private static String text(CsvRow row, String column, int max, boolean required, List<ImportProblem> problems) {
		String text = row.optional(column).strip();
		if ((required && text.isEmpty()) || text.length() > max) {
			problems.add(problem(row, column, text.length() > 20 ? text.substring(0, 20) + "…" : text));
		}
		return text;
	}

	private static Boolean flag(CsvRow row, List<ImportProblem> problems) {
		String value = row.optional("blocking").strip().toLowerCase(Locale.ROOT);
		return switch (value) {
			case "true", "1", "是" -> true;
			case "false", "0", "否" -> false;
			default -> {
				problems.add(problem(row, "blocking", value));
				yield null;
			}
		};
	}

	private static Integer whole(CsvRow row, String column, int min, int max, List<ImportProblem> problems) {
		String value = row.optional(column).strip();
		if (value.matches("[0-9]{1,4}")) {
			int n = Integer.parseInt(value);
			if (n >= min && n <= max) {
				return n;
			}
		}
		problems.add(problem(row, column, value));
		return null;
	}

	/** An optional non-negative amount with at most four decimals. */
	private static BigDecimal dose(CsvRow row, String column, List<ImportProblem> problems) {
		String value = row.optional(column).strip();
		if (value.isEmpty()) {
			return null;
		}
		if (!value.matches("[0-9]{1,8}(\\.[0-9]{1,4})?")) {
			problems.add(problem(row, column, value));
			return null;
		}
		return new BigDecimal(value);
	}

	private static ImportProblem problem(CsvRow row, String column, String value) {
		return new ImportProblem(row.line(), column,
				new BusinessException(PharmaErrors.REVIEW_RULE_FIELD, column, value));
	}

}
