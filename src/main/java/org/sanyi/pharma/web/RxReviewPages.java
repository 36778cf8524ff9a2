package org.sanyi.pharma.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.sanyi.pharma.engine.ReviewItem;
import org.sanyi.pharma.engine.ReviewState;
import org.sanyi.pharma.rxreview.RxReviews;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 处方点评 pages: the samples in the viewer's scope with the results per hospital (the health
 * commission's summary), a sample with its prescriptions and the results per doctor, and
 * the review form of one prescription with the rules' findings pre-checked.
 */
@Controller
class RxReviewPages {

	private final RxReviews reviews;

	private final AuditLog audit;

	private final PageMessages messages;

	private final PharmaInstitutionNames names;

	RxReviewPages(RxReviews reviews, AuditLog audit, PageMessages messages, PharmaInstitutionNames names) {
		this.reviews = reviews;
		this.audit = audit;
		this.messages = messages;
		this.names = names;
	}

	@GetMapping("/pharma/rx-reviews")
	@PreAuthorize("hasAuthority('pharma:rxreview:view')")
	String samples(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			Model model) {
		DataScope scope = CurrentUsers.scope();
		YearMonth last = YearMonth.from(PlatformTime.today());
		YearMonth end = parse(to, last);
		YearMonth start = parse(from, end.minusMonths(11));
		var samples = reviews.samples(scope);
		model.addAttribute("samples", samples);
		model.addAttribute("summary", reviews.byInstitution(scope, start, end));
		model.addAttribute("from", start.toString());
		model.addAttribute("to", end.toString());
		model.addAttribute("names", names.of(samples.stream().map(s -> s.institutionCode()).toList()));
		if (!model.containsAttribute("form")) {
			model.addAttribute("form",
					Map.of("institution", scope.institutionCode() == null ? "" : scope.institutionCode(), "month",
							last.toString(), "share", "1"));
		}
		return "pharma/rx-reviews";
	}

	@PostMapping("/pharma/rx-reviews")
	@PreAuthorize("hasAuthority('pharma:rxreview:sample')")
	String draw(@RequestParam Map<String, String> form, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			var sample = reviews.draw(form.get("institution"), form.get("month"), form.get("share"), form.get("seed"),
					user.scope(), user.username());
			audit.describe("pharma:rx-review", sample.institutionCode(), "sample " + sample.month() + " seed "
					+ sample.seed() + ": " + sample.sampleSize() + " of " + sample.population());
			redirect.addFlashAttribute("notice",
					messages.text("pharma.rxreview.drawn", sample.sampleSize(), sample.population()));
			return "redirect:/pharma/rx-reviews/" + sample.id();
		}
		catch (BusinessException ex) {
			model.addAttribute("error", messages.of(ex));
			model.addAttribute("form", form);
			return samples(null, null, model);
		}
	}

	@GetMapping("/pharma/rx-reviews/{id}")
	@PreAuthorize("hasAuthority('pharma:rxreview:view')")
	String sample(@PathVariable long id, Model model) {
		var sample = reviews.sample(id, CurrentUsers.scope());
		var rows = reviews.reviews(sample);
		model.addAttribute("sample", sample);
		model.addAttribute("rows", rows);
		model.addAttribute("hints", reviews.hints(rows));
		model.addAttribute("doctors", reviews.byDoctor(rows));
		model.addAttribute("itemCounts", reviews.itemCounts(rows));
		model.addAttribute("institutionName",
				names.of(List.of(sample.institutionCode())).get(sample.institutionCode()));
		return "pharma/rx-review-sample";
	}

	@GetMapping("/pharma/rx-reviews/{id}/rx/{hiRxno}")
	@PreAuthorize("hasAuthority('pharma:rxreview:view')")
	String prescription(@PathVariable long id, @PathVariable String hiRxno, Model model) {
		var sampled = reviews.sampled(id, hiRxno, CurrentUsers.scope());
		audit.read("pharma:prescription", hiRxno, "处方点评 " + id);
		model.addAttribute("sampleId", id);
		model.addAttribute("sampled", sampled);
		List<String> checked = sampled.review().status() == ReviewState.REVIEWED ? sampled.review().itemList()
				: sampled.hints().stream().map(f -> f.reviewItem()).distinct().toList();
		model.addAttribute("checked", checked);
		model.addAttribute("categories", ReviewItem.Category.values());
		model.addAttribute("patient", org.sanyi.shared.Masking.name(sampled.review().patientName()));
		return "pharma/rx-review";
	}

	@PostMapping("/pharma/rx-reviews/{id}/rx/{hiRxno}")
	@PreAuthorize("hasAuthority('pharma:rxreview:review')")
	String review(@PathVariable long id, @PathVariable String hiRxno,
			@RequestParam(name = "item", required = false) List<String> items,
			@RequestParam(defaultValue = "") String note, Model model, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		try {
			List<String> chosen = items == null ? List.of() : items;
			reviews.review(id, hiRxno, chosen, note, user.scope(), user.username());
			audit.describe("pharma:rx-review", hiRxno,
					"sample " + id + ": " + (chosen.isEmpty() ? "rational" : String.join(",", chosen)));
			redirect.addFlashAttribute("notice", messages.text("pharma.rxreview.saved", hiRxno));
			return "redirect:/pharma/rx-reviews/" + id;
		}
		catch (BusinessException ex) {
			model.addAttribute("error", messages.of(ex));
			return prescription(id, hiRxno, model);
		}
	}

	private static YearMonth parse(String text, YearMonth otherwise) {
		try {
			return text == null || text.isBlank() ? otherwise : YearMonth.parse(text.strip());
		}
		catch (java.time.format.DateTimeParseException ex) {
			return otherwise;
		}
	}

}
