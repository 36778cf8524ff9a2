package org.sanyi.drg.settlementlist;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanyi.drg.DrgCase;
import org.sanyi.drg.DrgErrors;
import org.sanyi.drg.DrgGroupingResult;
import org.sanyi.drg.DrgSchemeInfo;
import org.sanyi.drg.DrgTraceLine;
import org.sanyi.drg.grouper.DrgScheme;
import org.sanyi.drg.grouping.GroupingService;
import org.sanyi.drg.grouping.InvalidCaseException;
import org.sanyi.drg.settlementlist.SettlementListRejected.FieldError;
import org.sanyi.drg.scheme.SchemeRepository;
import org.sanyi.drg.scheme.SchemeRuntime;
import org.sanyi.shared.BusinessException;
import org.sanyi.terminology.Terminology;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The settlement list (医保结算清单) upload behind 4101 and 4101A: reads the input and runs the
 * quality checks ({@link SettlementListReader}: every problem reported at once with its
 * field), checks the settlement it refers to against the DRG module's own record of the
 * insurance module's events, groups the case with the scheme in force for the treatment
 * region and discharge date, and stores it with the grouping and its trace
 * ({@link SettlementListRepository}). A re-upload for the same settlement supersedes the
 * current list, which stays as history. Problems are texts in Chinese: the national
 * interface answers in Chinese.
 */
@Service
public class SettlementListService {

	static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

	static final ClinicalRules RULES = ClinicalRules.shipped();

	public static final JsonMapper JSON = JsonMapper.builder().build();

	private final SettlementCases settlements;

	private final SchemeRuntime runtime;

	private final SchemeRepository schemes;

	/**
	 * Scheme versions by id (rows are written once; the name and version never change).
	 */
	private final Map<Long, DrgSchemeInfo> schemeInfos = new java.util.concurrent.ConcurrentHashMap<>();

	private final GroupingService grouping;

	private final Terminology terminology;

	private final MessageSource messages;

	private final SettlementListRepository lists;

	SettlementListService(SettlementCases settlements, SchemeRuntime runtime, SchemeRepository schemes,
			GroupingService grouping, Terminology terminology, MessageSource messages, SettlementListRepository lists) {
		this.settlements = settlements;
		this.runtime = runtime;
		this.schemes = schemes;
		this.grouping = grouping;
		this.terminology = terminology;
		this.messages = messages;
		this.lists = lists;
	}

	/** Checks, groups and stores; returns the new {@code setl_list_id}. */
	@Transactional
	public String upload(String infno, String institutionCode, String msgid, String operator, JsonNode input,
			OffsetDateTime received) {
		SettlementListReader reader = new SettlementListReader(input,
				(system, codes, on) -> terminology.lookupAll(system, List.copyOf(codes), on).keySet(), RULES,
				this::msg);
		String setlId = reader.settlementId();
		SettlementCases.Row settlement = settlements.findForUpdate(setlId)
			.filter(s -> s.institutionCode().equals(institutionCode))
			.orElseThrow(() -> new BusinessException(DrgErrors.SETTLEMENT_UNKNOWN, setlId));
		if (settlement.reversed()) {
			throw new BusinessException(DrgErrors.SETTLEMENT_REVERSED, setlId);
		}
		SettlementList list = reader.read(infno, settlement, received);
		Grouped grouped = group(list, settlement);
		return lists.store(list, settlement, grouped, institutionCode, msgid, operator, input);
	}

	// ---- grouping
	// ---------------------------------------------------------------------------------------------

	record Grouped(DrgSchemeInfo scheme, DrgGroupingResult result, String unknownCodes) {
	}

	private Grouped group(SettlementList list, SettlementCases.Row settlement) {
		String region = settlement.treatmentRegion();
		LocalDate on = list.dscgTime().toLocalDate();
		long schemeId = runtime.schemeIdFor(region, on)
			.orElseThrow(() -> new BusinessException(DrgErrors.NO_SCHEME_FOR_REGION, region, on.toString()));
		DrgSchemeInfo scheme = schemeInfos.computeIfAbsent(schemeId,
				id -> schemes.find(id)
					.map(row -> row.info(List.of()))
					.orElseThrow(() -> new BusinessException(DrgErrors.SCHEME_NOT_FOUND, id)));
		DrgScheme compiled = grouping.grouper(scheme.id()).scheme();
		List<String> unknown = new ArrayList<>();
		list.westernCodes().stream().filter(c -> !compiled.isKnownDiagnosis(c)).forEach(unknown::add);
		list.procedureCodes().stream().filter(c -> !compiled.isKnownProcedure(c)).forEach(unknown::add);
		if (!unknown.isEmpty()) {
			// valid codes (checked above) that the scheme does not list: the case cannot
			// enter a group and is paid by
			// item (outcome 3 of insurance.md §1.7: outside the local terminology)
			String joined = String.join("、", unknown);
			DrgTraceLine line = new DrgTraceLine(1, "drg.list.trace.unknown_codes",
					msg("drg.list.trace.unknown_codes", joined, scheme.name()), false, true);
			return new Grouped(scheme, new DrgGroupingResult(scheme.ref(), "FAIL", "0000", "", "00", "", "0000", "",
					"NONE", null, List.of(line)), joined);
		}
		DrgCase c = new DrgCase(list.gend(), list.age(), list.nwbAgeDays(), list.nwbBirWt(), list.dscgCaty(),
				list.actIptDays(), list.dscgWay(), list.westernCodes(), list.procedureCodes(), region, on, scheme.id());
		try {
			return new Grouped(scheme, grouping.explainFully(c, ZH).result(), "");
		}
		catch (InvalidCaseException ex) {
			throw new SettlementListRejected(ex.problems().stream().map(p -> new FieldError("setlinfo", p)).toList());
		}
	}

	String msg(String key, Object... args) {
		return messages.getMessage(key, args, key, ZH);
	}

}
