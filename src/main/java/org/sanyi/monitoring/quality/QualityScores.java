package org.sanyi.monitoring.quality;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.monitoring.quality.QualityRepository.Violation;
import org.sanyi.monitoring.report.Completeness;
import org.sanyi.monitoring.report.ReportForm;
import org.sanyi.monitoring.report.ReportFormRepository.Approved;
import org.sanyi.monitoring.report.ReportFormRepository.Report;
import org.sanyi.monitoring.report.ReportService;
import org.sanyi.registry.Institution;
import org.sanyi.security.DataScope;
import org.sanyi.shared.PlatformTime;

import org.springframework.stereotype.Component;

/**
 * Each hospital's data-quality score over the last six months: its open violations, the
 * report months missing, overdue or late, and the outliers among its approved months
 * (each cell's modified z-score against the hospital's last twelve approved months).
 */
@Component
public class QualityScores {

	/** Months of reports the score looks at. */
	static final int WINDOW = 6;

	/** Months of history an outlier is measured against. */
	static final int HISTORY = 12;

	private final QualityService quality;

	private final ReportService reports;

	QualityScores(QualityService quality, ReportService reports) {
		this.quality = quality;
		this.reports = reports;
	}

	/** A value far from the hospital's usual months. */
	public record Outlier(String institution, String period, String cell, BigDecimal value, BigDecimal median,
			BigDecimal score) {
	}

	public record Row(Institution hospital, QualityScore score) {
	}

	public record Overview(List<Row> rows, List<Outlier> outliers) {
	}

	public Overview overview(DataScope scope) {
		List<Institution> hospitals = quality.hospitals(scope);
		YearMonth last = YearMonth.from(PlatformTime.today()).minusMonths(1);
		ReportForm form = reports.form(ReportService.HOSPITAL_MONTHLY);
		List<YearMonth> months = new ArrayList<>();
		for (int i = WINDOW - 1; i >= 0; i--) {
			months.add(last.minusMonths(i));
		}
		List<Completeness.Filing> filings = reports.inRegion(form.code(), scope.regionPrefix(), months.getFirst(), last)
			.stream()
			.map(QualityScores::filing)
			.toList();
		Completeness.Grid grid = Completeness.of(hospitals.stream().map(Institution::code).toList(), months, filings,
				form::deadline, PlatformTime.today());
		List<Outlier> outliers = outliers(scope, last);
		Map<String, int[]> counts = new HashMap<>();
		for (Violation v : quality.violations(scope, "")) {
			if (!"RESOLVED".equals(v.status()) && !YearMonth.parse(v.period()).isBefore(months.getFirst())) {
				int[] c = counts.computeIfAbsent(v.institution(), k -> new int[3]);
				c[switch (v.importance()) {
					case "HIGH" -> 0;
					case "MEDIUM" -> 1;
					default -> 2;
				}]++;
			}
		}
		List<Row> rows = new ArrayList<>();
		for (Institution h : hospitals) {
			int[] c = counts.getOrDefault(h.code(), new int[3]);
			int missing = 0;
			int late = 0;
			for (Completeness.Cell cell : grid.rows().getOrDefault(h.code(), Map.of()).values()) {
				missing += cell.state() == Completeness.State.MISSING || cell.state() == Completeness.State.OVERDUE ? 1
						: 0;
				late += cell.state() == Completeness.State.LATE ? 1 : 0;
			}
			int flagged = (int) outliers.stream().filter(o -> o.institution().equals(h.code())).count();
			rows.add(new Row(h, new QualityScore(c[0], c[1], c[2], missing, late, flagged)));
		}
		rows.sort(Comparator.comparingInt((Row r) -> r.score().value()).thenComparing(r -> r.hospital().code()));
		return new Overview(rows, outliers);
	}

	private static Completeness.Filing filing(Report r) {
		return new Completeness.Filing(r.institution(), YearMonth.parse(r.period()), r.status(),
				r.submittedAt() == null ? null : r.submittedAt().atZoneSameInstant(PlatformTime.zone()).toLocalDate());
	}

	/** Per hospital and cell, each approved month against the last twelve. */
	List<Outlier> outliers(DataScope scope, YearMonth last) {
		Map<String, List<Approved>> series = new LinkedHashMap<>();
		for (Approved a : reports.approvedValues(ReportService.HOSPITAL_MONTHLY, scope.regionPrefix(),
				last.minusMonths(HISTORY - 1), last)) {
			series.computeIfAbsent(a.institution() + "|" + a.cellCode(), k -> new ArrayList<>()).add(a);
		}
		List<Outlier> found = new ArrayList<>();
		for (List<Approved> values : series.values()) {
			List<BigDecimal> history = values.stream().map(Approved::value).toList();
			for (Approved latest : values) {
				Optional<BigDecimal> score = OutlierCheck.score(latest.value(), history);
				if (score.isPresent() && OutlierCheck.outlier(score.get())) {
					found.add(new Outlier(latest.institution(), latest.period(), latest.cellCode(), latest.value(),
							OutlierCheck.median(history), score.get()));
				}
			}
		}
		return found;
	}

}
