package org.sanyi.supervision.gateway;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.sanyi.insurance.DrugUseReview;
import org.sanyi.insurance.GatewayTransaction.Request;
import org.sanyi.insurance.InsuredDeaths;
import org.sanyi.supervision.audit.InstitutionProfiles;
import org.sanyi.supervision.engine.AuditEngine;
import org.sanyi.supervision.engine.Claim;
import org.sanyi.supervision.engine.History;
import org.sanyi.supervision.engine.ResultType;
import org.sanyi.supervision.engine.Rule;
import org.sanyi.supervision.engine.RuleBook;
import org.sanyi.supervision.engine.RuleKind;
import org.sanyi.supervision.engine.Stage;
import org.sanyi.supervision.engine.Violation;
import org.sanyi.supervision.rules.RuleBooks;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Runs a 3101/3102 call: the rule book in force for the calling institution's region
 * today, the engine on each patient's current encounter, then the rational-drug-use
 * review of its drug orders ({@link DrugUseReview}, when pharma is there), the answer in
 * the national output fields. At 3102 the definite violations of blocking rules become
 * the visit's hold (or lift it when there are none).
 */
@Service
class EventAnalysis {

	private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

	private final RuleBooks books;

	private final HoldRepository holds;

	private final MessageSource texts;

	private final InsuredDeaths deaths;

	private final InstitutionProfiles institutions;

	private final List<DrugUseReview> drugUse;

	private final Clock clock = Clock.system(BEIJING);

	EventAnalysis(RuleBooks books, HoldRepository holds, MessageSource texts, InsuredDeaths deaths,
			InstitutionProfiles institutions, List<DrugUseReview> drugUse) {
		this.institutions = institutions;
		this.drugUse = List.copyOf(drugUse);
		this.books = books;
		this.holds = holds;
		this.texts = texts;
		this.deaths = deaths;
	}

	Map<String, Object> analyse(Request request, Stage stage) {
		AnalysisRequest input = AnalysisRequest.read(request.input(), request.institutionCode(), stage);
		Optional<RuleBook> found = books.forRegion(request.institutionRegion(), LocalDate.now(clock));
		RuleBook book = found.orElse(RuleBook.EMPTY);
		if (input.triggerScene().isEmpty() && !input.ruleIds().isEmpty()) {
			// without a trigger scene the HIS names the rules it wants (trig_scen takes
			// priority, insurance.md §1.6.7)
			List<Rule> chosen = book.rules().stream().filter(r -> input.ruleIds().contains(r.ruleId())).toList();
			book = new RuleBook(book.rulesVersion(), book.knowledgeVersion(), chosen, book.knowledge());
		}
		List<Map<String, Object>> result = new ArrayList<>();
		int n = 0;
		Map<String, LocalDate> died = deathsIfNeeded(book, stage,
				input.patients().stream().map(AnalysisRequest.Patient::personId).toList());
		// the encounters are the calling institution's: its registered type decides which
		// rules run (the level is the one the HIS sends, medins_lv)
		var type = institutions.type(request.institutionCode());
		for (AnalysisRequest.Patient patient : input.patients()) {
			Claim claim = patient.claim().withDeathDate(died.get(patient.personId())).withInstitutionType(type);
			List<Violation> violations = AuditEngine.audit(book, claim, patient.history(), stage);
			for (Violation v : violations) {
				n++;
				result.add(row(request.msgid() + "-" + n, v, patient.personId(), content(v), input.taskId()));
			}
			for (DrugUseReview.Finding f : drugUse(request, input, patient, claim)) {
				n++;
				result
					.add(drugUseRow(request.msgid() + "-" + n, f, patient.personId(), claim.visitId(), input.taskId()));
			}
			List<String> blocking = blocking(book, violations);
			if (stage == Stage.IN) {
				holds.replace(request.institutionCode(), patient.claim().visitId(), request.msgid(),
						blocking.isEmpty() ? null : String.join("；", blocking));
			}
		}
		return Map.of("result", result);
	}

	/**
	 * The rational-drug-use review of the encounter's drug orders (pharma's review rules
	 * through insurance's {@link DrugUseReview}), as result rows in the same national
	 * fields: a blocking finding of the region's table is definite (1), others suspicious
	 * (2); no amount is in question. They do not hold a settlement: the fund's rules
	 * decide that. When the HIS names rule ids without a trigger scene, only the named
	 * review rules run too.
	 */
	private List<DrugUseReview.Finding> drugUse(Request request, AnalysisRequest input, AnalysisRequest.Patient patient,
			Claim claim) {
		if (drugUse.isEmpty() || patient.drugOrders().isEmpty()) {
			return List.of();
		}
		boolean named = input.triggerScene().isEmpty() && !input.ruleIds().isEmpty();
		DrugUseReview.Encounter encounter = new DrugUseReview.Encounter(request.institutionRegion(), claim.admission(),
				patient.gend(), patient.birthDate(), patient.pregnant(), patient.drugOrders());
		List<DrugUseReview.Finding> found = new ArrayList<>();
		for (DrugUseReview review : drugUse) {
			for (DrugUseReview.Finding f : review.review(encounter)) {
				if (!named || input.ruleIds().contains(f.ruleId())) {
					found.add(f);
				}
			}
		}
		return found;
	}

	private static Map<String, Object> drugUseRow(String id, DrugUseReview.Finding f, String personId, String visitId,
			String taskId) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("jr_id", id);
		out.put("rule_id", f.ruleId());
		out.put("rule_name", f.ruleName());
		out.put("vola_cont", f.content());
		out.put("patn_id", personId);
		out.put("mdtrt_id", visitId);
		out.put("vola_amt", BigDecimal.ZERO.setScale(2));
		out.put("vola_amt_stas", "0");
		out.put("sev_deg", f.blocking() ? "3" : "2");
		out.put("vola_evid", String.join(",", f.lineIds()));
		out.put("vola_bhvr_type", f.blocking() ? "1" : "2");
		out.put("sugg_action", f.blocking() ? "MODIFY_ORDER" : "REVIEW");
		out.put("task_id", taskId);
		List<Map<String, Object>> details = new ArrayList<>();
		for (String lineId : f.lineIds()) {
			Map<String, Object> detail = new LinkedHashMap<>();
			detail.put("jrd_id", id + "-" + (details.size() + 1));
			detail.put("patn_id", personId);
			detail.put("mdtrt_id", visitId);
			detail.put("rx_id", lineId);
			detail.put("vola_item_type", "DRUG_USE");
			detail.put("vola_amt", BigDecimal.ZERO.setScale(2));
			details.add(detail);
		}
		out.put("judge_result_detail_dtos", details);
		return out;
	}

	/**
	 * The in-event analysis of a claim settled live (no HIS sent a 3102 for it): the
	 * definite violations of blocking rules of the region's book in force today, as
	 * {@code rule content} joined, or empty. The same engine, rules and texts as 3102.
	 */
	Optional<String> blockingOfLiveClaim(String institutionRegion, Claim claim) {
		RuleBook book = books.forRegion(institutionRegion, LocalDate.now(clock)).orElse(RuleBook.EMPTY);
		Map<String, LocalDate> died = deathsIfNeeded(book, Stage.IN, List.of(claim.personId()));
		List<Violation> violations = AuditEngine.audit(book, claim.withDeathDate(died.get(claim.personId())),
				History.NONE, Stage.IN);
		List<String> blocking = blocking(book, violations);
		return blocking.isEmpty() ? Optional.empty() : Optional.of(String.join("；", blocking));
	}

	private List<String> blocking(RuleBook book, List<Violation> violations) {
		List<String> blocking = new ArrayList<>();
		for (Violation v : violations) {
			if (v.result() == ResultType.DEFINITE && isBlocking(book, v.ruleId())) {
				blocking.add(v.ruleId() + " " + content(v));
			}
		}
		return blocking;
	}

	private String content(Violation v) {
		return texts.getMessage(v.reasonKey(), v.reasonArgs().toArray(), v.reasonKey(), Locale.SIMPLIFIED_CHINESE);
	}

	/**
	 * The patients' registered dates of death, looked up (one query) only when a 死亡后就医
	 * rule runs at this stage: other calls cost no statement.
	 */
	private Map<String, LocalDate> deathsIfNeeded(RuleBook book, Stage stage, List<String> personIds) {
		boolean needed = book.rules()
			.stream()
			.anyMatch(r -> r.kind() == RuleKind.AFTER_DEATH && r.stages().contains(stage));
		if (!needed || personIds.isEmpty()) {
			return Map.of();
		}
		return deaths.datesOfDeath(personIds.stream().distinct().toList());
	}

	private static boolean isBlocking(RuleBook book, String ruleId) {
		return book.rules().stream().anyMatch(r -> r.ruleId().equals(ruleId) && r.blocking());
	}

	private static Map<String, Object> row(String id, Violation v, String personId, String content, String taskId) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("jr_id", id);
		out.put("rule_id", v.ruleId());
		out.put("rule_name", v.ruleName());
		out.put("vola_cont", content);
		out.put("patn_id", personId);
		out.put("mdtrt_id", v.visitId());
		out.put("vola_amt", v.amount());
		out.put("vola_amt_stas", "1");
		out.put("sev_deg", v.severity().code());
		out.put("vola_evid", v.lineId() == null ? v.code() : v.lineId() + " " + v.code());
		// 1 明确违规 (definite), 2 可疑 (suspicious)
		out.put("vola_bhvr_type", v.result() == ResultType.DEFINITE ? "1" : "2");
		out.put("sugg_action", v.action().name());
		out.put("task_id", taskId);
		Map<String, Object> detail = new LinkedHashMap<>();
		detail.put("jrd_id", id + "-1");
		detail.put("patn_id", personId);
		detail.put("mdtrt_id", v.visitId());
		detail.put("rx_id", v.lineId() == null ? "" : v.lineId());
		detail.put("vola_item_type", v.kind().name());
		detail.put("vola_amt", v.amount());
		out.put("judge_result_detail_dtos", List.of(detail));
		return out;
	}

}
