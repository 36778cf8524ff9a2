package org.sanyi.pharma.procurement;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.sanyi.pharma.PharmaAdmin.DemandReport;
import org.sanyi.pharma.ImportProblem;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demand reports from a CSV file
 * ({@code institution_code, generic_name, specification, prior_usage, reported,
 * reason}), all or nothing: every line is checked as the form checks it, and one bad line
 * stores nothing; the answer lists each bad line with its column and the error.
 */
@Service
public class DemandImport {

	static final int MAX_LINES = 20_000;

	private final Rounds rounds;

	private final Demands demands;

	DemandImport(Rounds rounds, Demands demands) {
		this.rounds = rounds;
		this.demands = demands;
	}

	/**
	 * What the import did: lines stored (0 when any line was refused) and the refused
	 * lines.
	 */
	public record Result(int stored, List<ImportProblem> problems) {
	}

	@Transactional
	public Result importCsv(RoundRow round, byte[] content, DataScope scope, String by) {
		Map<String, ProductRow> products = rounds.products(round.id())
			.stream()
			.collect(Collectors.toMap(p -> key(p.genericName(), p.specification()), Function.identity(), (a, b) -> a));
		List<ImportProblem> problems = new ArrayList<>();
		List<DemandReport> reports = new ArrayList<>();
		try (CsvReader csv = new CsvReader(
				new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
			csv.requireColumns("institution_code", "generic_name", "specification", "prior_usage", "reported");
			for (CsvRow row = csv.next(); row != null; row = csv.next()) {
				if (reports.size() + problems.size() >= MAX_LINES) {
					throw new BusinessException(PharmaErrors.IMPORT_FILE, "> " + MAX_LINES);
				}
				DemandReport report = line(row, products, problems);
				if (report == null) {
					continue;
				}
				try {
					demands.check(round, report, scope);
					reports.add(report);
				}
				catch (BusinessException ex) {
					problems.add(new ImportProblem(row.line(), "", ex));
				}
			}
		}
		if (!problems.isEmpty()) {
			return new Result(0, problems);
		}
		demands.report(round, reports, scope, by);
		return new Result(reports.size(), List.of());
	}

	private static DemandReport line(CsvRow row, Map<String, ProductRow> products, List<ImportProblem> problems) {
		ProductRow product = products.get(key(row.optional("generic_name"), row.optional("specification")));
		if (product == null) {
			problems
				.add(new ImportProblem(row.line(), "generic_name", new BusinessException(PharmaErrors.PRODUCT_NOT_FOUND,
						row.optional("generic_name") + " " + row.optional("specification"))));
			return null;
		}
		Long prior = number(row, "prior_usage", problems);
		Long reported = number(row, "reported", problems);
		if (prior == null || reported == null) {
			return null;
		}
		return new DemandReport(product.id(), row.optional("institution_code"), prior, reported,
				row.optional("reason"));
	}

	private static Long number(CsvRow row, String column, List<ImportProblem> problems) {
		String v = row.optional(column);
		if (v.matches("\\d{1,15}")) {
			return Long.parseLong(v);
		}
		problems
			.add(new ImportProblem(row.line(), column, new BusinessException(PharmaErrors.INVALID_FIELD, column, v)));
		return null;
	}

	private static String key(String generic, String spec) {
		return (generic == null ? "" : generic.strip()) + "|" + (spec == null ? "" : spec.strip());
	}

}
