package org.sanyi.pharma.resistance;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sanyi.pharma.ImportProblem;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.Resistance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.facts.Dimensions;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.FactsReported;
import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 细菌耐药: a hospital's susceptibility results arrive as a file from its microbiology
 * laboratory (or through {@code PharmaAdmin}), all or nothing, each result once; the
 * first isolates (CLSI M39, per patient, organism and calendar year) are reported to
 * monitoring as {@code pharma.ast.tested} / {@code pharma.ast.resistant} by organism and
 * antimicrobial, the same results the page counts; the page shows the rates over an area
 * and a period with the national warning levels ({@link Resistance}).
 */
@Service
public class Resistances {

	public static final String TESTED = "pharma.ast.tested";

	public static final String RESISTANT = "pharma.ast.resistant";

	static final int MAX_LINES = 50_000;

	private final AstRepository results;

	private final Registry registry;

	private final ApplicationEventPublisher events;

	Resistances(AstRepository results, Registry registry, ApplicationEventPublisher events) {
		this.results = results;
		this.registry = registry;
		this.events = events;
	}

	/** Lines stored (0 when any was refused) and the refused lines. */
	public record Result(int stored, List<ImportProblem> problems) {
	}

	/**
	 * A cell of the table with its rate and warning: {@code tested} and {@code resistant}
	 * count first isolates (CLSI M39), {@code isolates} every isolate tested.
	 */
	public record Rate(String organismCode, String organismName, String antibioticCode, String antibioticName,
			long tested, long resistant, BigDecimal rate, Resistance.Warning warning, long isolates) {
	}

	@Transactional
	public Result importCsv(String institution, String fileName, byte[] content, DataScope scope, String by) {
		Institution inst = institutionInScope(institution, scope);
		List<ImportProblem> problems = new ArrayList<>();
		List<AstLine> lines = new ArrayList<>();
		List<Integer> lineNumbers = new ArrayList<>();
		try (CsvReader csv = new CsvReader(
				new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
			csv.requireColumns("specimen_id", "specimen_date", "organism_code", "organism_name", "antibiotic_code",
					"antibiotic_name", "interpretation");
			for (CsvRow row = csv.next(); row != null; row = csv.next()) {
				if (lines.size() + problems.size() >= MAX_LINES) {
					throw new BusinessException(PharmaErrors.IMPORT_FILE, "> " + MAX_LINES);
				}
				AstLine l = line(row, inst.code(), problems);
				if (l != null) {
					lines.add(l);
					lineNumbers.add(row.line());
				}
			}
		}
		duplicates(inst.code(), lines, lineNumbers, problems);
		if (!problems.isEmpty()) {
			return new Result(0, problems);
		}
		if (lines.isEmpty()) {
			throw new BusinessException(PharmaErrors.IMPORT_FILE, "0");
		}
		store(inst, fileName, lines, by);
		return new Result(lines.size(), List.of());
	}

	/**
	 * Stores checked results (the demo's and the import's path): PH-0321 on a duplicate.
	 */
	@Transactional
	public long store(String institution, List<AstLine> lines, DataScope scope, String by) {
		Institution inst = institutionInScope(institution, scope);
		List<ImportProblem> problems = new ArrayList<>();
		List<Integer> numbers = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			numbers.add(i + 1);
		}
		duplicates(inst.code(), lines, numbers, problems);
		if (!problems.isEmpty()) {
			throw problems.getFirst().error();
		}
		return store(inst, "", lines, by);
	}

	/**
	 * Stores the results and reports to monitoring what changes in the first-isolate
	 * counts: the new first isolates, and (negated) the isolates a new, earlier specimen
	 * of the same patient, organism and year takes the place of.
	 */
	private long store(Institution inst, String fileName, List<AstLine> lines, String by) {
		long id = results.insert(inst.code(), inst.regionCode(), fileName == null ? "" : fileName, lines, by);
		List<String> patients = lines.stream().map(AstLine::patientKey).filter(k -> !k.isEmpty()).distinct().toList();
		LocalDate from = lines.stream().map(AstLine::specimenDate).min(LocalDate::compareTo).orElseThrow();
		LocalDate to = lines.stream().map(AstLine::specimenDate).max(LocalDate::compareTo).orElseThrow();
		List<AstRepository.Stored> rows = results.forRecount(inst.code(), id, patients, from.withDayOfYear(1),
				to.withDayOfYear(to.lengthOfYear()));
		List<Fact> facts = recount(inst.code(), rows);
		events.publishEvent(new FactsReported("pharma:ast:" + id, "pharma", facts));
		return id;
	}

	/**
	 * Recounts the results of institutions reported before the count became first
	 * isolates (pharma V35, every isolate had been reported): takes back from monitoring
	 * the isolates that are not first, once per institution.
	 */
	@Transactional
	public int recountEarlierReports() {
		int institutions = 0;
		for (String institution : results.notRecounted()) {
			List<Fact> facts = recount(institution, results.allOf(institution));
			events.publishEvent(new FactsReported("pharma:ast:first-isolates:" + institution, "pharma", facts));
			institutions++;
		}
		return institutions;
	}

	/**
	 * Marks which of the rows are first isolates and returns the change of the reported
	 * counts: +1 tested (and resistant) for a result that becomes counted, −1 for one
	 * that stops being counted (a result reported before V35 counted).
	 */
	private List<Fact> recount(String institution, List<AstRepository.Stored> rows) {
		Map<Resistance.Isolate, List<AstRepository.Stored>> isolates = new LinkedHashMap<>();
		for (AstRepository.Stored r : rows) {
			isolates
				.computeIfAbsent(new Resistance.Isolate(r.patientKey(), institution, r.organismCode(), r.specimenDate(),
						r.specimenId()), k -> new ArrayList<>())
				.add(r);
		}
		Set<Resistance.Isolate> firsts = Resistance.firstIsolates(isolates.keySet());
		List<String[]> nowCounted = new ArrayList<>();
		List<String[]> nowNot = new ArrayList<>();
		List<Change> changes = new ArrayList<>();
		isolates.forEach((isolate, lines) -> {
			boolean first = firsts.contains(isolate);
			if (lines.stream().allMatch(r -> r.counted() != null && r.counted() == first)) {
				return;
			}
			(first ? nowCounted : nowNot).add(new String[] { isolate.specimenId(), isolate.organismCode() });
			for (AstRepository.Stored r : lines) {
				boolean counted = r.counted() == null || r.counted();
				if (counted != first) {
					changes.add(new Change(r.specimenDate(), r.organismCode(), r.antibioticCode(),
							"R".equals(r.interpretation()), first ? 1 : -1));
				}
			}
		});
		results.markCounted(institution, nowCounted.stream().map(a -> a[0]).toList(),
				nowCounted.stream().map(a -> a[1]).toList(), true);
		results.markCounted(institution, nowNot.stream().map(a -> a[0]).toList(),
				nowNot.stream().map(a -> a[1]).toList(), false);
		return facts(institution, changes);
	}

	/** A result that starts (+1) or stops (−1) being counted. */
	record Change(LocalDate day, String organismCode, String antibioticCode, boolean resistant, int sign) {
	}

	/**
	 * The changes as facts, summed per day, organism and antimicrobial: tested and
	 * resistant first isolates; nothing for a sum of zero.
	 */
	static List<Fact> facts(String institution, List<Change> changes) {
		Map<String, long[]> sums = new LinkedHashMap<>();
		for (Change c : changes) {
			long[] n = sums.computeIfAbsent(c.day() + "|" + c.organismCode() + "|" + c.antibioticCode(),
					k -> new long[2]);
			n[0] += c.sign();
			n[1] += c.resistant() ? c.sign() : 0;
		}
		List<Fact> facts = new ArrayList<>();
		sums.forEach((k, c) -> {
			String[] p = k.split("\\|");
			Map<String, String> dims = Map.of(Dimensions.ORGANISM, p[1], Dimensions.ANTIBIOTIC, p[2]);
			LocalDate day = LocalDate.parse(p[0]);
			if (c[0] != 0) {
				facts.add(new Fact(TESTED, institution, day, dims, BigDecimal.valueOf(c[0])));
			}
			if (c[1] != 0) {
				facts.add(new Fact(RESISTANT, institution, day, dims, BigDecimal.valueOf(c[1])));
			}
		});
		return facts;
	}

	/** The rates over the scope and days, with their warnings. */
	public List<Rate> rates(DataScope scope, LocalDate from, LocalDate to) {
		String prefix = scope.kind() == DataScope.Kind.REGION ? scope.regionPrefix() : "";
		String institution = switch (scope.kind()) {
			case ALL, REGION -> "";
			case INSTITUTION -> scope.institutionCode();
			case SELF -> "~";
		};
		return results.cells(prefix, institution, from, to)
			.stream()
			.map(c -> new Rate(c.organismCode(), c.organismName(), c.antibioticCode(), c.antibioticName(), c.tested(),
					c.resistant(), Resistance.rate(c.resistant(), c.tested()),
					Resistance.warning(c.resistant(), c.tested()), c.isolates()))
			.toList();
	}

	public boolean any() {
		return results.any();
	}

	private void duplicates(String institution, List<AstLine> lines, List<Integer> numbers,
			List<ImportProblem> problems) {
		Set<String> stored = lines.isEmpty() ? Set.of()
				: results.existing(institution, lines.stream().map(AstLine::specimenId).distinct().toList());
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < lines.size(); i++) {
			AstLine l = lines.get(i);
			String key = l.specimenId() + "|" + l.organismCode() + "|" + l.antibioticCode();
			if (stored.contains(key) || !seen.add(key)) {
				problems.add(new ImportProblem(numbers.get(i), "specimen_id", new BusinessException(
						PharmaErrors.AST_DUPLICATE, l.specimenId(), l.organismCode(), l.antibioticCode())));
			}
		}
	}

	private static AstLine line(CsvRow row, String institution, List<ImportProblem> problems) {
		int before = problems.size();
		String specimen = row.optional("specimen_id").strip();
		if (!specimen.matches("[A-Za-z0-9_.-]{1,40}")) {
			problems.add(problem(row, "specimen_id", specimen));
		}
		LocalDate day = null;
		try {
			day = LocalDate.parse(row.optional("specimen_date").strip());
			if (day.isAfter(PlatformTime.today())) {
				problems.add(problem(row, "specimen_date", day.toString()));
			}
		}
		catch (DateTimeParseException ex) {
			problems.add(problem(row, "specimen_date", row.optional("specimen_date")));
		}
		String organism = row.optional("organism_code").strip().toLowerCase(Locale.ROOT);
		if (!organism.matches("[a-z][a-z0-9.]{1,19}")) {
			problems.add(problem(row, "organism_code", organism));
		}
		String organismName = text(row, "organism_name", problems);
		String antibiotic = row.optional("antibiotic_code").strip().toUpperCase(Locale.ROOT);
		if (!antibiotic.matches("[A-Z][A-Z0-9]{1,9}")) {
			problems.add(problem(row, "antibiotic_code", antibiotic));
		}
		String antibioticName = text(row, "antibiotic_name", problems);
		String sir = row.optional("interpretation").strip().toUpperCase(Locale.ROOT);
		if (!Set.of("S", "I", "R").contains(sir)) {
			problems.add(problem(row, "interpretation", sir));
		}
		// optional: the laboratory's patient id, only for the first-isolate count
		String patient = row.optional("patient_id").strip();
		if (!patient.isEmpty() && !patient.matches("[A-Za-z0-9_.-]{1,40}")) {
			problems.add(problem(row, "patient_id", patient));
		}
		if (problems.size() > before) {
			return null;
		}
		return new AstLine(specimen, day, organism, organismName, antibiotic, antibioticName, sir,
				AstLine.patientKey(institution, patient));
	}

	private static String text(CsvRow row, String column, List<ImportProblem> problems) {
		String v = row.optional(column).strip();
		if (v.isEmpty() || v.length() > 100) {
			problems.add(problem(row, column, v));
		}
		return v;
	}

	private static ImportProblem problem(CsvRow row, String column, String value) {
		return new ImportProblem(row.line(), column, new BusinessException(PharmaErrors.AST_FIELD, column, value));
	}

	private Institution institutionInScope(String code, DataScope scope) {
		String c = code == null ? "" : code.strip();
		return registry.institution(c)
			.filter(i -> scope.coversInstitution(i.code(), i.regionCode()))
			.orElseThrow(() -> new BusinessException(PharmaErrors.INSTITUTION_NOT_FOUND, c));
	}

}
