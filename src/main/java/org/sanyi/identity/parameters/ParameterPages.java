package org.sanyi.identity.parameters;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.sanyi.identity.matching.Agreement;
import org.sanyi.identity.matching.FieldProbabilities;
import org.sanyi.identity.matching.ParameterEstimator.FieldEstimate;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Matching parameters (platform administrators): the m/u probabilities and weights in use
 * next to those re-estimated from the reviewers' decisions, and applying the estimate as
 * a new version.
 */
@Controller
class ParameterPages {

	private final MatchParameterService parameters;

	private final AuditLog auditLog;

	ParameterPages(MatchParameterService parameters, AuditLog auditLog) {
		this.parameters = parameters;
		this.auditLog = auditLog;
	}

	/**
	 * One level of one field, before and after; probabilities as text (they span 1 to
	 * 10⁻⁷), weights in bits.
	 */
	record LevelRow(String field, String level, boolean first, int matches, int nonMatches, String mBefore,
			String mAfter, String uBefore, String uAfter, String weightBefore, String weightAfter, String change) {
	}

	record FieldRow(String field, int matches, int nonMatches, String matchShare, String nonMatchShare) {
	}

	@GetMapping("/identity/parameters")
	@PreAuthorize("hasAuthority('identity:parameters:manage')")
	String page(@RequestParam(required = false) Integer minCount, Model model) {
		int min = minCount == null ? MatchParameterService.DEFAULT_MIN_COUNT : minCount;
		var proposal = parameters.propose(min);
		var estimate = proposal.estimate();
		List<LevelRow> levels = new ArrayList<>();
		List<FieldRow> fields = new ArrayList<>();
		for (FieldEstimate f : estimate.fields()) {
			fields.add(new FieldRow(f.field().name(), f.matches(), f.nonMatches(), percent(f.matchShare()),
					percent(f.nonMatchShare())));
			Agreement[] shown = { Agreement.EXACT, Agreement.SIMILAR, Agreement.DISAGREE };
			for (int l = 0; l < shown.length; l++) {
				if (f.field() == org.sanyi.identity.matching.Field.SEX && shown[l] == Agreement.SIMILAR) {
					continue;
				}
				double before = f.before().weight(shown[l]);
				double after = f.after().weight(shown[l]);
				levels.add(new LevelRow(f.field().name(), shown[l].name(), l == 0, f.matchCounts()[l],
						f.nonMatchCounts()[l], probability(m(f.before(), l)), probability(m(f.after(), l)),
						probability(u(f.before(), l)), probability(u(f.after(), l)), bits(before), bits(after),
						signed(after - before)));
			}
		}
		model.addAttribute("proposal", proposal);
		model.addAttribute("fields", fields);
		model.addAttribute("levels", levels);
		model.addAttribute("versions", parameters.versions());
		model.addAttribute("minCount", min);
		model.addAttribute("maxMinCount", MatchParameterService.MAX_MIN_COUNT);
		return "identity/parameters";
	}

	@PostMapping("/identity/parameters")
	@PreAuthorize("hasAuthority('identity:parameters:manage')")
	String apply(@RequestParam int minCount, @RequestParam int activeVersion, @RequestParam("linkedPairs") int matches,
			@RequestParam("rejectedPairs") int nonMatches) {
		auditLog.describe("identity:parameters", String.valueOf(activeVersion),
				"re-estimate min=" + minCount + " links=" + matches + " rejections=" + nonMatches);
		int version = parameters.apply(minCount, activeVersion, matches, nonMatches, CurrentUsers.get().username());
		auditLog.describe("identity:parameters", String.valueOf(version), "applied over v" + activeVersion + " min="
				+ minCount + " links=" + matches + " rejections=" + nonMatches);
		return "redirect:/identity/parameters?minCount=" + minCount;
	}

	@PostMapping("/identity/parameters/{version}/activate")
	@PreAuthorize("hasAuthority('identity:parameters:manage')")
	String activate(@org.springframework.web.bind.annotation.PathVariable int version) {
		auditLog.describe("identity:parameters", String.valueOf(version), "activate");
		parameters.activate(version);
		return "redirect:/identity/parameters";
	}

	private static double m(FieldProbabilities p, int level) {
		return switch (level) {
			case 0 -> p.mExact();
			case 1 -> p.mSimilar();
			default -> p.mDisagree();
		};
	}

	private static double u(FieldProbabilities p, int level) {
		return switch (level) {
			case 0 -> p.uExact();
			case 1 -> p.uSimilar();
			default -> p.uDisagree();
		};
	}

	static String probability(double p) {
		return p >= 0.001 ? String.format(Locale.ROOT, "%.4f", p) : String.format(Locale.ROOT, "%.2e", p);
	}

	static String bits(double w) {
		return String.format(Locale.ROOT, "%+.2f", w);
	}

	static String signed(double d) {
		return Math.abs(d) < 0.005 ? "0.00" : String.format(Locale.ROOT, "%+.2f", d);
	}

	static String percent(double share) {
		return String.format(Locale.ROOT, "%.0f%%", share * 100);
	}

}
