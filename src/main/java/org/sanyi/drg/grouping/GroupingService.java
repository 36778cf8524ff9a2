package org.sanyi.drg.grouping;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.sanyi.drg.DrgCase;
import org.sanyi.drg.DrgErrors;
import org.sanyi.drg.DrgGrouping;
import org.sanyi.drg.DrgGroupingResult;
import org.sanyi.drg.DrgGroupingResult.DrgSchemeRef;
import org.sanyi.drg.DrgSchemeInfo;
import org.sanyi.drg.DrgSchemeInfo.RegionAssignment;
import org.sanyi.drg.DrgTraceLine;
import org.sanyi.drg.grouper.DrgGrouper;
import org.sanyi.drg.grouper.DrgRecord;
import org.sanyi.drg.grouper.DrgResult;
import org.sanyi.drg.grouper.DrgScheme;
import org.sanyi.drg.scheme.SchemeRepository;
import org.sanyi.drg.scheme.SchemeRuntime;
import org.sanyi.shared.BusinessException;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * Groups cases: picks the scheme (the one asked for, else the region's on the discharge
 * date), checks the case against it — every code must be known to the scheme, as a wrong
 * code silently changes the DRG — and runs the engine. The fast path touches no database
 * once the scheme is compiled.
 */
@Service
public class GroupingService implements DrgGrouping {

	static final int MAX_AGE_YEARS = 150;

	static final int MAX_CODES = 100;

	private final SchemeRuntime runtime;

	private final SchemeRepository repository;

	private final TraceRenderer renderer;

	private final MessageSource messages;

	private final Map<Long, DrgSchemeRef> refs = new ConcurrentHashMap<>();

	GroupingService(SchemeRuntime runtime, SchemeRepository repository, TraceRenderer renderer,
			MessageSource messages) {
		this.runtime = runtime;
		this.repository = repository;
		this.renderer = renderer;
		this.messages = messages;
	}

	/**
	 * A grouping with its explanation as the workbench shows it: full trace, condensed
	 * path, the codes named.
	 */
	public record Explained(DrgGroupingResult result, List<DrgTraceLine> condensed, List<NamedCode> codes) {

	}

	/**
	 * A code of the case with its name in the scheme; {@code principal} for the first
	 * diagnosis / procedure.
	 */
	public record NamedCode(String code, String name, boolean diagnosis, boolean principal, boolean cc, boolean mcc) {

	}

	@Override
	public DrgGroupingResult group(DrgCase drgCase) {
		Chosen chosen = choose(drgCase);
		DrgResult result = chosen.grouper().group(record(drgCase, chosen.grouper().scheme()));
		return result(chosen, result, List.of());
	}

	@Override
	public DrgGroupingResult explain(DrgCase drgCase, Locale locale) {
		return explainFully(drgCase, locale).result();
	}

	/** Groups with the trace rendered in {@code locale}, full and condensed. */
	public Explained explainFully(DrgCase drgCase, Locale locale) {
		Chosen chosen = choose(drgCase);
		DrgScheme scheme = chosen.grouper().scheme();
		DrgResult result = chosen.grouper().groupWithTrace(record(drgCase, scheme));
		TraceRenderer.Rendered trace = renderer.render(result.trace(), scheme, locale);
		List<NamedCode> codes = new ArrayList<>();
		for (int i = 0; i < drgCase.diagnoses().size(); i++) {
			String code = drgCase.diagnoses().get(i);
			codes.add(new NamedCode(code, scheme.diagnosisName(code).orElse(""), true, i == 0,
					code.equals(result.decidingDiagnosis()) && result.complication().name().equals("CC"),
					code.equals(result.decidingDiagnosis()) && result.complication().name().equals("MCC")));
		}
		for (int i = 0; i < drgCase.procedures().size(); i++) {
			String code = drgCase.procedures().get(i);
			codes.add(new NamedCode(code, scheme.procedureName(code).orElse(""), false, i == 0, false, false));
		}
		return new Explained(result(chosen, result, trace.all()), trace.condensed(), List.copyOf(codes));
	}

	@Override
	public Optional<DrgSchemeInfo> schemeFor(String regionCode, LocalDate dischargeDate) {
		return runtime.schemeIdFor(regionCode, dischargeDate).flatMap(this::info);
	}

	@Override
	public List<DrgSchemeInfo> schemes() {
		List<RegionAssignment> assignments = repository.assignments();
		return repository.all()
			.stream()
			.map(row -> row.info(assignments.stream().filter(a -> a.schemeId() == row.id()).toList()))
			.toList();
	}

	/**
	 * The scheme a batch is grouped with: the one asked for by id, else the region's on
	 * the date.
	 * @throws BusinessException when neither gives a scheme
	 */
	public DrgSchemeRef schemeForBatch(Long schemeId, String regionCode, LocalDate dischargeDate) {
		return choose(new DrgCase("", 0, 0, 0, "", 0, "", List.of(), List.of(), regionCode, dischargeDate, schemeId))
			.ref();
	}

	/** The compiled scheme of a stored scheme (compiling it if needed). */
	public DrgGrouper grouper(long schemeId) {
		return runtime.grouper(schemeId);
	}

	private Optional<DrgSchemeInfo> info(long id) {
		return repository.find(id)
			.map(row -> row.info(repository.assignments().stream().filter(a -> a.schemeId() == id).toList()));
	}

	private record Chosen(DrgSchemeRef ref, DrgGrouper grouper) {

	}

	/**
	 * The scheme asked for by id, else the one in force for the case's region and
	 * discharge date.
	 */
	Chosen choose(DrgCase c) {
		if (c.schemeId() != null) {
			return new Chosen(ref(c.schemeId()), runtime.grouper(c.schemeId()));
		}
		List<String> problems = new ArrayList<>();
		if (c.regionCode() == null || !c.regionCode().strip().matches("[0-9]{6}")) {
			problems.add(msg("drg.case.error.region", c.regionCode() == null ? "" : c.regionCode()));
		}
		if (c.dischargeDate() == null) {
			problems.add(msg("drg.case.error.discharge_date"));
		}
		if (!problems.isEmpty()) {
			throw new InvalidCaseException(problems);
		}
		String region = c.regionCode().strip();
		long id = runtime.schemeIdFor(region, c.dischargeDate())
			.orElseThrow(() -> new BusinessException(DrgErrors.NO_SCHEME_FOR_REGION, region, c.dischargeDate()));
		return new Chosen(ref(id), runtime.grouper(id));
	}

	private DrgSchemeRef ref(long id) {
		DrgSchemeRef ref = refs.get(id);
		if (ref == null) {
			ref = repository.find(id)
				.map(row -> new DrgSchemeRef(row.id(), row.code(), row.version(), row.name()))
				.orElseThrow(() -> new BusinessException(DrgErrors.SCHEME_NOT_FOUND, id));
			refs.put(id, ref);
		}
		return ref;
	}

	/**
	 * The engine's record, after checking the case against the scheme; all problems are
	 * reported at once.
	 */
	DrgRecord record(DrgCase c, DrgScheme scheme) {
		List<String> problems = new ArrayList<>();
		if (c.ageYears() < 0 || c.ageYears() > MAX_AGE_YEARS) {
			problems.add(msg("drg.case.error.age", c.ageYears(), MAX_AGE_YEARS));
		}
		if (c.ageDays() == null && c.ageYears() == 0) {
			problems.add(msg("drg.case.error.age_days_required"));
		}
		negative(problems, "age_days", c.ageDays() == null ? 0 : c.ageDays());
		negative(problems, "weight_g", c.birthWeightGrams());
		negative(problems, "los_days", c.lengthOfStayDays());
		if (c.diagnoses().isEmpty()) {
			problems.add(msg("drg.case.error.no_principal_diagnosis"));
		}
		if (c.diagnoses().size() > MAX_CODES || c.procedures().size() > MAX_CODES) {
			problems.add(msg("drg.case.error.too_many_codes", MAX_CODES));
		}
		for (String code : c.diagnoses()) {
			if (!scheme.isKnownDiagnosis(code)) {
				problems.add(msg("drg.case.error.unknown_diagnosis", code, scheme.name()));
			}
		}
		for (String code : c.procedures()) {
			if (!scheme.isKnownProcedure(code)) {
				problems.add(msg("drg.case.error.unknown_procedure", code, scheme.name()));
			}
		}
		if (!problems.isEmpty()) {
			throw new InvalidCaseException(problems);
		}
		int ageDays = c.ageDays() == null ? c.ageYears() * 365 : c.ageDays();
		return new DrgRecord(sex(c.sex()), c.ageYears(), ageDays, c.birthWeightGrams(), c.department(),
				c.lengthOfStayDays(), c.dischargeWay(), c.diagnoses(), c.procedures());
	}

	private void negative(List<String> problems, String field, int value) {
		if (value < 0) {
			problems.add(msg("drg.case.error.negative", msg("drg.case.field." + field), value));
		}
	}

	/**
	 * Accepts the spellings of hospital exports besides the GB/T 2261.1 codes, as the
	 * batch tool does.
	 */
	static String sex(String value) {
		return switch (value) {
			case "男", "M", "m" -> "1";
			case "女", "F", "f" -> "2";
			default -> value;
		};
	}

	private DrgGroupingResult result(Chosen chosen, DrgResult r, List<DrgTraceLine> trace) {
		DrgScheme scheme = chosen.grouper().scheme();
		return new DrgGroupingResult(chosen.ref(), r.status().code(), r.mdc(), mdcName(r.mdc()), r.adrg(),
				scheme.adrgName(r.adrg()).orElse(""), r.drg(), scheme.drgName(r.drg()).orElse(""),
				r.complication().name(), r.decidingDiagnosis(), trace);
	}

	private String mdcName(String mdc) {
		return messages.getMessage("drg.mdc." + mdc, null, "", LocaleContextHolder.getLocale());
	}

	private String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
	}

}
