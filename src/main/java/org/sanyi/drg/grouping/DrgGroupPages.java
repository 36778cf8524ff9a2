package org.sanyi.drg.grouping;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.sanyi.shared.PlatformTime;
import org.sanyi.drg.DrgGrouping;
import org.sanyi.drg.DrgGroupingResult.DrgSchemeRef;
import org.sanyi.drg.DrgSchemeInfo;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.web.ErrorTexts;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * DRG 分组 workbench: one case with its explanation, or a CSV file of cases downloaded back
 * with the results.
 */
@Controller
@PreAuthorize("hasAuthority('drg:group:run')")
class DrgGroupPages {

	/** Demo cases for the demo scheme: label key, sex, age, diagnoses, procedures. */
	record Example(String key, String sex, int age, String diagnoses, String procedures) {

	}

	static final List<Example> EXAMPLES = List.of(new Example("appendicectomy", "2", 30, "K35.800\nE11.900", "47.0100"),
			new Example("pneumonia", "1", 78, "J18.900\nJ96.000\nJ98.414", ""),
			new Example("stroke", "1", 66, "I63.900\nI10.x00", ""),
			new Example("stent", "1", 58, "I21.900\nI50.900", "36.0700\n88.5500"),
			new Example("hip", "2", 81, "S72.000\nI10.x00", "81.5100"),
			new Example("caesarean", "2", 29, "O82.000\nO14.900", "74.1x00"));

	private final GroupingService grouping;

	private final DrgGrouping schemes;

	private final BatchService batches;

	private final AuditLog audit;

	private final ErrorTexts errorTexts;

	DrgGroupPages(GroupingService grouping, BatchService batches, AuditLog audit, ErrorTexts errorTexts) {
		this.grouping = grouping;
		this.schemes = grouping;
		this.batches = batches;
		this.audit = audit;
		this.errorTexts = errorTexts;
	}

	@GetMapping("/drg/group")
	String form(@RequestParam(required = false) String example, Model model) {
		CaseForm form = CaseForm.blank(defaultRegion());
		for (Example e : EXAMPLES) {
			if (e.key().equals(example)) {
				form = new CaseForm(form.region(), form.dischargeDate(), null, e.sex(), e.age(), null, null, "", 5, "1",
						e.diagnoses(), e.procedures());
			}
		}
		return page(form, model);
	}

	@PostMapping("/drg/group")
	String group(CaseForm form, Model model, HttpServletResponse response) {
		try {
			GroupingService.Explained explained = grouping.explainFully(form.toCase(), LocaleContextHolder.getLocale());
			model.addAttribute("explained", explained);
			audit.describe("drg:group", explained.result().drg(),
					DrgGroupApi.describe(explained.result(), form.region(), form.dischargeDate()));
		}
		catch (InvalidCaseException ex) {
			response.setStatus(ex.error().status().value());
			model.addAttribute("problems", ex.problems());
		}
		catch (BusinessException ex) {
			response.setStatus(ex.error().status().value());
			model.addAttribute("error", errorTexts.of(ex));
		}
		return page(form, model);
	}

	@PostMapping("/drg/group/batch")
	Object batch(@RequestParam("file") MultipartFile file, @RequestParam(required = false) Long schemeId,
			@RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dischargeDate,
			Model model, HttpServletResponse response) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		try (InputStream in = file.getInputStream()) {
			DrgSchemeRef scheme = grouping.schemeForBatch(schemeId, region, dischargeDate);
			BatchService.Result result = batches.run(in, scheme, locale);
			audit.describe("drg:group-batch", scheme.code() + " " + scheme.version(),
					file.getOriginalFilename() + ": " + BatchDownloads.summary(result));
			return BatchDownloads.csv(result, true);
		}
		catch (BusinessException ex) {
			response.setStatus(ex.error().status().value());
			model.addAttribute("batchError", ex instanceof InvalidCaseException invalid
					? String.join("；", invalid.problems()) : errorTexts.of(ex));
			return page(new CaseForm(region, dischargeDate, schemeId, "1", null, null, null, "", null, "1", "", ""),
					model);
		}
	}

	private String page(CaseForm form, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("examples", EXAMPLES);
		model.addAttribute("schemes", schemes.schemes());
		model.addAttribute("applicable",
				form.schemeId() == null && form.region() != null && form.dischargeDate() != null
						&& form.region().matches("[0-9]{6}")
								? schemes.schemeFor(form.region(), form.dischargeDate()).orElse(null) : null);
		model.addAttribute("maxLines", BatchService.MAX_LINES);
		model.addAttribute("maxMegabytes", BatchService.MAX_BYTES >> 20);
		return "drg/group";
	}

	/**
	 * The user's own region (its county or city code), else the region of the first
	 * scheme assigned for today, so that a platform administrator starts where a scheme
	 * applies.
	 */
	private String defaultRegion() {
		DataScope scope = CurrentUsers.scope();
		String region = scope.regionCode();
		if (region != null && region.length() >= 6) {
			return region.substring(0, 6);
		}
		LocalDate today = PlatformTime.today();
		return schemes.schemes()
			.stream()
			.filter(s -> "ACTIVE".equals(s.status()))
			.flatMap(s -> s.regions().stream())
			.filter(a -> a.active() && !a.validFrom().isAfter(today)
					&& (a.validTo() == null || a.validTo().isAfter(today)))
			.map(DrgSchemeInfo.RegionAssignment::regionCode)
			.findFirst()
			.orElse("");
	}

}
