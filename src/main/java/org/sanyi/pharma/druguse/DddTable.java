package org.sanyi.pharma.druguse;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.pharma.ImportProblem;
import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.druguse.DddRepository.DddRow;
import org.sanyi.pharma.engine.Antimicrobials.Ddd;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The DDD table in force for a region (the platform's seed, overridden by the province,
 * city and county rows above it, code and route by code and route), and the region's own
 * rows imported from CSV ({@code atc_code, substance, route, ddd, unit}), all or nothing.
 */
@Service
public class DddTable {

	static final String DEFAULTS = "000000";

	static final int MAX_LINES = 5_000;

	private final DddRepository rows;

	DddTable(DddRepository rows) {
		this.rows = rows;
	}

	/** Lines stored (0 when any line was refused) and the refused lines. */
	public record Result(int stored, List<ImportProblem> problems) {
	}

	/** The rows in force for an institution or region, one per code and route. */
	public List<Ddd> forRegion(String region) {
		return inForce(region).stream().map(r -> new Ddd(r.atcCode(), r.substance(), r.route(), r.dddGrams())).toList();
	}

	/** The stored rows in force for the region, each with the region it comes from. */
	public List<DddRow> inForce(String region) {
		Map<String, DddRow> byKey = new LinkedHashMap<>();
		for (DddRow r : rows.of(lineage(region))) {
			byKey.put(r.atcCode() + "|" + r.route(), r);
		}
		return List.copyOf(byKey.values());
	}

	@Transactional
	public Result importCsv(String region, byte[] content, DataScope scope, String by) {
		if (region == null || !RegionCode.isWellFormed(region) || DEFAULTS.equals(region)
				|| !scope.coversRegion(region)) {
			throw new BusinessException(PharmaErrors.DDD_REGION, region);
		}
		List<ImportProblem> problems = new ArrayList<>();
		List<DddRow> parsed = new ArrayList<>();
		Map<String, Integer> seen = new HashMap<>();
		try (CsvReader csv = new CsvReader(
				new InputStreamReader(new ByteArrayInputStream(content), StandardCharsets.UTF_8))) {
			csv.requireColumns("atc_code", "substance", "route", "ddd", "unit");
			for (CsvRow row = csv.next(); row != null; row = csv.next()) {
				if (parsed.size() + problems.size() >= MAX_LINES) {
					throw new BusinessException(PharmaErrors.IMPORT_FILE, "> " + MAX_LINES);
				}
				DddRow r = line(row, problems);
				if (r == null) {
					continue;
				}
				Integer earlier = seen.putIfAbsent(r.atcCode() + "|" + r.route(), row.line());
				if (earlier != null) {
					problems.add(new ImportProblem(row.line(), "atc_code",
							new BusinessException(PharmaErrors.DDD_DUPLICATE, r.atcCode(), r.route(), earlier)));
					continue;
				}
				parsed.add(r);
			}
		}
		if (!problems.isEmpty()) {
			return new Result(0, problems);
		}
		if (parsed.isEmpty()) {
			throw new BusinessException(PharmaErrors.IMPORT_FILE, "0");
		}
		rows.upsert(region, parsed, by);
		return new Result(parsed.size(), List.of());
	}

	private static DddRow line(CsvRow row, List<ImportProblem> problems) {
		int before = problems.size();
		String atc = row.optional("atc_code").strip().toUpperCase(java.util.Locale.ROOT);
		if (!atc.matches("[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}")) {
			problems.add(problem(row, "atc_code", atc));
		}
		String substance = row.optional("substance").strip();
		if (substance.isEmpty() || substance.length() > 50) {
			problems.add(problem(row, "substance", substance));
		}
		String route = row.optional("route").strip().toUpperCase(java.util.Locale.ROOT);
		if (!route.equals("O") && !route.equals("P")) {
			problems.add(problem(row, "route", route));
		}
		BigDecimal grams = grams(row.optional("ddd").strip(), row.optional("unit").strip());
		if (grams == null) {
			problems.add(problem(row, "ddd", row.optional("ddd") + " " + row.optional("unit")));
		}
		if (problems.size() > before) {
			return null;
		}
		return new DddRow(null, atc, substance, route, grams, null, null);
	}

	/**
	 * The DDD in grams (g or mg), positive, at most four decimals in grams; else null.
	 */
	static BigDecimal grams(String value, String unit) {
		if (!value.matches("\\d{1,8}(\\.\\d{1,4})?")) {
			return null;
		}
		BigDecimal v = new BigDecimal(value);
		BigDecimal g = switch (unit) {
			case "g" -> v;
			case "mg" -> v.movePointLeft(3);
			default -> null;
		};
		if (g == null || g.signum() <= 0 || g.stripTrailingZeros().scale() > 4) {
			return null;
		}
		return g;
	}

	private static ImportProblem problem(CsvRow row, String column, String value) {
		return new ImportProblem(row.line(), column, new BusinessException(PharmaErrors.DDD_FIELD, column, value));
	}

	/** The defaults, then the province, city and county above and at the region. */
	static List<String> lineage(String region) {
		List<String> ordered = new ArrayList<>();
		ordered.add(DEFAULTS);
		if (region != null && RegionCode.isWellFormed(region)) {
			for (RegionCode c : RegionCode.of(region).lineage()) {
				if (!ordered.contains(c.value())) {
					ordered.add(c.value());
				}
			}
		}
		return ordered;
	}

}
