package org.sanyi.monitoring.zone;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.insurance.SettlementFacts;
import org.sanyi.monitoring.MonitoringErrors;
import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.BusinessException;
import org.sanyi.terminology.Icd10Chapters;

import org.springframework.stereotype.Service;

/**
 * The disease mix by ICD-10 chapter of the main diagnosis (病种结构, 医保数据专区): the settlement
 * facts' visits ({@code ins.visit.count}), bed days and fund paid sliced by
 * {@code icd_chapter}, of the area's institutions over a period, for discharges
 * ({@code clr_type=21}) or outpatient visits ({@code 11}); filtered and split by level of
 * institution (registry: 三级, 二级, 一级 hospitals, primary care) and by in/out of county (the
 * insured person's county against the institution's, {@code in_county}: 大病不出县). Shares,
 * per-case figures and stays are ratios of the sums. Only facts that carry a chapter
 * count (live settlements, and history that reports its discharges by chapter).
 */
@Service
public class DiseaseChapters {

	/** The levels of institution the page filters and splits by, in order. */
	public static final List<String> LEVELS = List.of("level3", "level2", "level1", "primary");

	private static final List<String> ELEMENTS = List.of(SettlementFacts.VISITS, SettlementFacts.FUND_PAID,
			SettlementFacts.INPATIENT_DAYS);

	/** Reports listed behind one chapter. */
	public static final int BEHIND_LIMIT = 200;

	private final ZoneRepository facts;

	private final Areas areas;

	private final Registry registry;

	DiseaseChapters(ZoneRepository facts, Areas areas, Registry registry) {
		this.facts = facts;
		this.areas = areas;
		this.registry = registry;
	}

	/**
	 * The page's choices: {@code clr} 21 (discharges, the default) or 11; {@code level}
	 * one of {@link #LEVELS} or all; {@code county} Y (县域内), N (县域外) or both.
	 */
	public record Filter(String clr, String level, String county) {

		public static Filter of(String clr, String level, String county) {
			String c = blank(clr) ? "21" : clr.strip();
			String l = blank(level) ? "" : level.strip();
			String k = blank(county) ? "" : county.strip();
			if (!c.equals("21") && !c.equals("11")) {
				throw new BusinessException(MonitoringErrors.DISEASE_FILTER_INVALID, "clr", clr);
			}
			if (!l.isEmpty() && !LEVELS.contains(l)) {
				throw new BusinessException(MonitoringErrors.DISEASE_FILTER_INVALID, "level", level);
			}
			if (!k.isEmpty() && !k.equals("Y") && !k.equals("N")) {
				throw new BusinessException(MonitoringErrors.DISEASE_FILTER_INVALID, "county", county);
			}
			return new Filter(c, l, k);
		}

		private static boolean blank(String s) {
			return s == null || s.isBlank();
		}

		public boolean inpatient() {
			return clr.equals("21");
		}

	}

	/** One chapter (or the total: chapter empty) with its sums. */
	public record Row(String chapter, BigDecimal cases, BigDecimal fund, BigDecimal days, BigDecimal inCountyCases,
			Map<String, BigDecimal> casesByLevel) {

		Row plus(String level, boolean inCounty, String element, BigDecimal v) {
			BigDecimal c = cases;
			BigDecimal f = fund;
			BigDecimal d = days;
			BigDecimal in = inCountyCases;
			Map<String, BigDecimal> byLevel = casesByLevel;
			switch (element) {
				case SettlementFacts.VISITS -> {
					c = c.add(v);
					in = inCounty ? in.add(v) : in;
					byLevel = new LinkedHashMap<>(casesByLevel);
					byLevel.merge(level, v, BigDecimal::add);
				}
				case SettlementFacts.FUND_PAID -> f = f.add(v);
				default -> d = d.add(v);
			}
			return new Row(chapter, c, f, d, in, byLevel);
		}

		/** Cases of a level of institution (zero when none). */
		public BigDecimal casesAt(String level) {
			return casesByLevel.getOrDefault(level, BigDecimal.ZERO);
		}

		/** Fund paid per case, two decimals; null without cases. */
		public BigDecimal fundPerCase() {
			return cases.signum() <= 0 ? null : fund.divide(cases, 2, RoundingMode.HALF_UP);
		}

		/** Average stay (bed days ÷ discharges), one decimal; null without either. */
		public BigDecimal averageStay() {
			return cases.signum() <= 0 || days.signum() <= 0 ? null : days.divide(cases, 1, RoundingMode.HALF_UP);
		}

		/** 县域内 share of the cases in percent, one decimal; null without cases. */
		public BigDecimal inCountyShare() {
			return cases.signum() <= 0 ? null
					: inCountyCases.multiply(BigDecimal.valueOf(100)).divide(cases, 1, RoundingMode.HALF_UP);
		}

		/** The chapter's name message key. */
		public String labelKey() {
			return "terminology.icd10.chapter." + chapter;
		}

		/** Its ICD-10 range ({@code I00–I99}), empty for {@code 00}. */
		public String range() {
			return Icd10Chapters.chapter(chapter).map(Icd10Chapters.Chapter::range).orElse("");
		}

	}

	/** The chapters, most cases first, and their total. */
	public record Mix(List<Row> rows, Row total) {

		/** A chapter's share of the cases in percent, two decimals. */
		public BigDecimal share(Row row) {
			return total.cases().signum() <= 0 ? null
					: row.cases().multiply(BigDecimal.valueOf(100)).divide(total.cases(), 2, RoundingMode.HALF_UP);
		}

	}

	private static Row empty(String chapter) {
		return new Row(chapter, BigDecimal.ZERO, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO, BigDecimal.ZERO,
				Map.of());
	}

	public Mix of(Area area, Period period, Filter filter) {
		Map<String, Row> byChapter = new HashMap<>();
		Row total = empty("");
		for (Placed c : cells(area, period, filter)) {
			boolean in = "Y".equals(c.cell().inCounty());
			String chapter = c.cell().chapter();
			Row row = byChapter.getOrDefault(chapter, empty(chapter));
			byChapter.put(chapter, row.plus(c.level(), in, c.cell().element(), c.cell().total()));
			total = total.plus(c.level(), in, c.cell().element(), c.cell().total());
		}
		List<Row> rows = new ArrayList<>(byChapter.values());
		rows.removeIf(r -> r.cases().signum() == 0 && r.fund().signum() == 0);
		rows.sort(Comparator.comparing(Row::cases).reversed().thenComparing(Row::chapter));
		return new Mix(List.copyOf(rows), total);
	}

	/**
	 * The reports behind one chapter's figures (its settlements, each reversal apart, or
	 * months of recorded history), the latest first, at most {@link #BEHIND_LIMIT}, with
	 * how many there are in all.
	 */
	public record Behind(List<ZoneRepository.Behind> reports, long count, Row row) {
	}

	public Behind behind(Area area, Period period, Filter filter, String chapter) {
		if (!Icd10Chapters.NONE.equals(chapter) && Icd10Chapters.chapter(chapter).isEmpty()) {
			throw new BusinessException(MonitoringErrors.DISEASE_FILTER_INVALID, "chapter", chapter);
		}
		List<Placed> cells = cells(area, period, filter);
		List<String> institutions = cells.stream()
			.filter(c -> chapter.equals(c.cell().chapter()))
			.map(c -> c.cell().institution())
			.distinct()
			.toList();
		Row row = empty(chapter);
		for (Placed c : cells) {
			if (chapter.equals(c.cell().chapter())) {
				row = row.plus(c.level(), "Y".equals(c.cell().inCounty()), c.cell().element(), c.cell().total());
			}
		}
		if (institutions.isEmpty()) {
			return new Behind(List.of(), 0, row);
		}
		return new Behind(
				facts.behindChapter(chapter, filter.clr(), filter.county(), institutions, period.first(), period.last(),
						BEHIND_LIMIT),
				facts.countBehindChapter(chapter, filter.clr(), filter.county(), institutions, period.first(),
						period.last()),
				row);
	}

	/** A fact group with the level of its institution. */
	private record Placed(ZoneRepository.ChapterCell cell, String level) {
	}

	/** The area's chapter cells of the period, filtered by level and county. */
	private List<Placed> cells(Area area, Period period, Filter filter) {
		Map<String, Institution> own = new HashMap<>();
		boolean platform = area.kind() == Area.Kind.PLATFORM;
		if (!platform) {
			areas.institutions(area, period.last()).forEach(i -> own.put(i.code(), i));
		}
		Map<String, Optional<Institution>> known = new HashMap<>();
		List<Placed> out = new ArrayList<>();
		for (ZoneRepository.ChapterCell c : facts.byChapter(ELEMENTS, filter.clr(),
				platform ? null : List.copyOf(own.keySet()), period.first(), period.last())) {
			if (c.chapter() == null || (!filter.county().isEmpty() && !filter.county().equals(c.inCounty()))) {
				continue;
			}
			Institution i = platform ? known.computeIfAbsent(c.institution(), registry::institution).orElse(null)
					: own.get(c.institution());
			String level = FundFlows.level(i);
			if (!filter.level().isEmpty() && !filter.level().equals(level)) {
				continue;
			}
			out.add(new Placed(c, level));
		}
		return out;
	}

}
