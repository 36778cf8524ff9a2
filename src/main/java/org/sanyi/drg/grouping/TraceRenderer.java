package org.sanyi.drg.grouping;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanyi.drg.DrgTraceLine;
import org.sanyi.drg.grouper.DrgScheme;
import org.sanyi.drg.grouper.TraceStep;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders the engine's trace (message keys with code arguments) for people: in the
 * caller's language, with the scheme's names after the codes
 * ({@code K35.800（急性阑尾炎，其他未特指）}) and list names spelled out ({@code GD1.dx} →
 * {@code GD1 主诊断表}). Besides the full trace it gives a condensed one for coders: the
 * decisive path, with the MDCs and ADRGs that were tried and failed folded into one line
 * each.
 */
@Component
class TraceRenderer {

	private static final Pattern ADRG_LIST = Pattern.compile("([A-Z]{2}[0-9])\\.(dx|dx1|proc|proc1)");

	private static final String OR_PROCEDURES = "OR_PROCEDURES";

	private static final Set<String> POSITIVE = Set.of("drg.trace.mdc.entered", "drg.trace.adrg.matched",
			"drg.trace.cc.mcc", "drg.trace.cc.cc", "drg.trace.cc.pdx_exclusion_table", "drg.trace.result.grouped",
			"drg.trace.qy.passed", "drg.trace.clause.no_proc_in.held");

	private final MessageSource messages;

	TraceRenderer(MessageSource messages) {
		this.messages = messages;
	}

	/** The trace rendered: every step, and the condensed view. */
	record Rendered(List<DrgTraceLine> all, List<DrgTraceLine> condensed) {

	}

	Rendered render(List<TraceStep> trace, DrgScheme scheme, Locale locale) {
		List<DrgTraceLine> all = new ArrayList<>(trace.size());
		boolean[] essential = essentialSteps(trace);
		for (int i = 0; i < trace.size(); i++) {
			TraceStep step = trace.get(i);
			all.add(new DrgTraceLine(i + 1, step.key(), text(step, scheme, locale), passed(step.key()), essential[i]));
		}
		return new Rendered(all, condense(trace, all, locale));
	}

	static boolean passed(String key) {
		return POSITIVE.contains(key) || key.endsWith(".held") && !key.equals("drg.trace.clause.no_proc_in.failed");
	}

	/**
	 * Steps on the decisive path: the clauses and verdict of an entered MDC or matched
	 * ADRG, and everything that is not part of a tried rule (CC/MCC, splits,
	 * fall-through, result, record checks).
	 */
	private static boolean[] essentialSteps(List<TraceStep> trace) {
		boolean[] essential = new boolean[trace.size()];
		int blockStart = 0;
		for (int i = 0; i < trace.size(); i++) {
			String key = trace.get(i).key();
			if (key.startsWith("drg.trace.clause.")) {
				continue;
			}
			boolean verdict = isVerdict(key);
			boolean keep = !verdict || key.equals("drg.trace.mdc.entered") || key.equals("drg.trace.adrg.matched");
			for (int j = verdict ? blockStart : i; j <= i; j++) {
				essential[j] = keep;
			}
			blockStart = i + 1;
		}
		return essential;
	}

	private static boolean isVerdict(String key) {
		return key.startsWith("drg.trace.mdc.") && !key.equals("drg.trace.mdc.no_adrg")
				|| key.startsWith("drg.trace.adrg.");
	}

	/**
	 * Essential lines in order, each run of failed MDC or ADRG verdicts replaced by one
	 * summary line.
	 */
	private List<DrgTraceLine> condense(List<TraceStep> trace, List<DrgTraceLine> all, Locale locale) {
		List<DrgTraceLine> out = new ArrayList<>();
		String sep = "zh".equals(locale.getLanguage()) ? "、" : ", ";
		List<String> skippedMdcs = new ArrayList<>();
		List<String> skippedAdrgs = new ArrayList<>();
		String currentMdc = "";
		for (int i = 0; i < trace.size(); i++) {
			TraceStep step = trace.get(i);
			String key = step.key();
			if (key.equals("drg.trace.mdc.not_entered")) {
				skippedMdcs.add(step.args().getFirst());
				continue;
			}
			if (key.equals("drg.trace.adrg.not_matched")) {
				skippedAdrgs.add(step.args().getFirst());
				continue;
			}
			if (!all.get(i).essential()) {
				continue;
			}
			if (!skippedMdcs.isEmpty()) {
				out.add(summary("drg.web.trace.mdcs_skipped", locale, out.size(), String.join(sep, skippedMdcs),
						skippedMdcs.size()));
				skippedMdcs.clear();
			}
			if (!skippedAdrgs.isEmpty()) {
				out.add(summary("drg.web.trace.adrgs_skipped", locale, out.size(), currentMdc,
						String.join(sep, skippedAdrgs), skippedAdrgs.size()));
				skippedAdrgs.clear();
			}
			if (key.equals("drg.trace.mdc.entered")) {
				currentMdc = step.args().getFirst();
			}
			DrgTraceLine line = all.get(i);
			out.add(new DrgTraceLine(out.size() + 1, line.key(), line.text(), line.passed(), true));
		}
		if (!skippedMdcs.isEmpty()) {
			out.add(summary("drg.web.trace.mdcs_skipped", locale, out.size(), String.join(sep, skippedMdcs),
					skippedMdcs.size()));
		}
		return out;
	}

	private DrgTraceLine summary(String key, Locale locale, int before, Object... args) {
		return new DrgTraceLine(before + 1, key, messages.getMessage(key, args, locale), false, false);
	}

	private String text(TraceStep step, DrgScheme scheme, Locale locale) {
		Object[] args = new Object[step.args().size()];
		for (int i = 0; i < args.length; i++) {
			args[i] = decorate(step.key(), i, step.args().get(i), scheme, locale);
		}
		String text = messages.getMessage(step.key(), args, step.key(), locale);
		// the messages put spaces around codes; after a name in full-width brackets
		// Chinese needs none
		return "zh".equals(locale.getLanguage()) ? text.replace("） ", "）") : text;
	}

	private String decorate(String key, int index, String arg, DrgScheme scheme, Locale locale) {
		boolean chinese = "zh".equals(locale.getLanguage());
		String open = chinese ? "（" : " (";
		String close = chinese ? "）" : ")";
		if (OR_PROCEDURES.equals(arg)) {
			return messages.getMessage("drg.web.list.or_procedures", null, locale);
		}
		Matcher list = ADRG_LIST.matcher(arg);
		if (list.matches()) {
			return messages.getMessage("drg.web.list." + list.group(2), new Object[] { list.group(1) }, locale);
		}
		if (key.startsWith("drg.trace.split.")) {
			return arg; // the deciding diagnosis is named in the CC/MCC step just before
		}
		if (key.equals("drg.trace.adrg.matched") && index == 0) {
			return scheme.adrgName(arg).map(name -> arg + " " + name).orElse(arg);
		}
		if (scheme.isKnownDiagnosis(arg)) {
			return scheme.diagnosisName(arg).map(name -> arg + open + name + close).orElse(arg);
		}
		if (scheme.isKnownProcedure(arg)) {
			return scheme.procedureName(arg).map(name -> arg + open + name + close).orElse(arg);
		}
		return arg;
	}

}
