package org.sanyi.clinical.imaging.web;

import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.clinical.ImagingReadings;
import org.sanyi.clinical.imaging.ImagingErrors;
import org.sanyi.clinical.imaging.dicom.WindowPreset;
import org.sanyi.clinical.imaging.reading.Priority;
import org.sanyi.clinical.imaging.reading.ReadingQueries;
import org.sanyi.clinical.imaging.reading.ReadingQueries.Line;
import org.sanyi.clinical.imaging.reading.ReadingQueries.Show;
import org.sanyi.clinical.imaging.reading.ReadingService;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.web.ErrorTexts;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * 远程影像诊断: the imaging centre's worklist (most urgent first, overdue marked), the
 * institution's own requests with the upload form, and the reading page (images with
 * window presets, the structured report, take / save / sign). Refusals (not DICOM, too
 * large, not the assigned reader) come back as the page's error.
 */
@Controller
class ImagingPages {

	private final ReadingService service;

	private final ReadingQueries queries;

	private final AuditLog auditLog;

	private final ErrorTexts errorTexts;

	private final Clock clock = Clock.systemUTC();

	ImagingPages(ReadingService service, ReadingQueries queries, AuditLog auditLog, ErrorTexts errorTexts) {
		this.service = service;
		this.queries = queries;
		this.auditLog = auditLog;
		this.errorTexts = errorTexts;
	}

	@GetMapping("/clinical/imaging")
	@PreAuthorize("hasAnyAuthority('imaging:reading:report', 'imaging:study:send')")
	String worklist(@RequestParam(required = false) String show, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, Model model) {
		String institution = institution();
		Show which = Show.parse(show);
		var rows = queries.worklist(institution, which, PageQuery.of(page, size));
		auditLog.read("imaging:worklist", institution, rows.rows().size() + " readings");
		model.addAttribute("page", rows);
		model.addAttribute("show", which.name());
		model.addAttribute("counts", queries.statusCounts(institution));
		model.addAttribute("now", clock.instant());
		return "imaging/worklist";
	}

	@GetMapping("/clinical/imaging/requests")
	@PreAuthorize("hasAuthority('imaging:study:send')")
	String requests(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			Model model) {
		String institution = institution();
		var rows = queries.requests(institution, PageQuery.of(page, size));
		auditLog.read("imaging:requests", institution, rows.rows().size() + " readings");
		model.addAttribute("page", rows);
		model.addAttribute("priorities", Priority.values());
		model.addAttribute("now", clock.instant());
		model.addAttribute("maxMb", service.maxBytes() / (1024 * 1024));
		return "imaging/requests";
	}

	@PostMapping("/clinical/imaging/requests")
	@PreAuthorize("hasAuthority('imaging:study:send')")
	String send(@RequestParam(name = "files", required = false) List<MultipartFile> files,
			@RequestParam(required = false) String residentId, @RequestParam(required = false) String priority,
			@RequestParam(required = false) String question, RedirectAttributes redirect) throws IOException {
		CurrentUser user = CurrentUsers.get();
		List<MultipartFile> uploaded = files == null ? List.of() : files;
		auditLog.describe("imaging:reading", residentId, uploaded.size() + " files, " + priority);
		try {
			List<byte[]> data = new ArrayList<>();
			for (MultipartFile f : uploaded) {
				if (f.isEmpty()) {
					continue;
				}
				if (f.getSize() > service.maxBytes()) {
					throw new BusinessException(ImagingErrors.TOO_LARGE, f.getSize() / 1024, service.maxBytes() / 1024);
				}
				data.add(f.getBytes());
			}
			long id = service.request(new ImagingReadings.Request(user.scope().institutionCode(), user.username(),
					residentId, priority, question, data, clock.instant()));
			redirect.addFlashAttribute("sent", id);
		}
		catch (BusinessException ex) {
			redirect.addFlashAttribute("error", errorTexts.of(ex));
		}
		return "redirect:/clinical/imaging/requests";
	}

	@GetMapping("/clinical/imaging/readings/{id}")
	@PreAuthorize("hasAnyAuthority('imaging:reading:report', 'imaging:study:send')")
	String reading(@PathVariable long id, @RequestParam(required = false) String window,
			@RequestParam(required = false) Integer n, Model model) {
		Line line = queries.reading(id, institution());
		auditLog.read("identity:resident", line.reading().residentId(), "imaging reading " + id);
		CurrentUser user = CurrentUsers.get();
		model.addAttribute("line", line);
		model.addAttribute("r", line.reading());
		var images = queries.images(line.reading().studyId());
		model.addAttribute("images", images);
		model.addAttribute("n", n == null ? 1 : Math.max(1, Math.min(n, images.size())));
		model.addAttribute("window", WindowPreset.parse(window).name());
		model.addAttribute("windows", WindowPreset.forModality(line.reading().modality()));
		model.addAttribute("atCentre", line.reading().centreCode().equals(institution()));
		model.addAttribute("mine", user.username().equals(line.reading().reader()));
		model.addAttribute("now", clock.instant());
		return "imaging/reading";
	}

	@GetMapping("/clinical/imaging/readings/{id}/images/{n}")
	@PreAuthorize("hasAnyAuthority('imaging:reading:report', 'imaging:study:send')")
	ResponseEntity<byte[]> image(@PathVariable long id, @PathVariable int n,
			@RequestParam(required = false) String window) {
		Line line = queries.reading(id, institution());
		byte[] png = queries.png(line, n, WindowPreset.parse(window));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.noStore().cachePrivate())
			.body(png);
	}

	@PostMapping("/clinical/imaging/readings/{id}/take")
	@PreAuthorize("hasAuthority('imaging:reading:report')")
	String take(@PathVariable long id, RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		Line line = queries.reading(id, institution());
		auditLog.describe("imaging:reading", String.valueOf(id), "take");
		if (!line.reading().centreCode().equals(institution())) {
			throw new BusinessException(ImagingErrors.UNKNOWN_READING, id);
		}
		act(redirect, () -> service.take(id, user.username(), user.displayName(), clock.instant()));
		return "redirect:/clinical/imaging/readings/" + id;
	}

	@PostMapping("/clinical/imaging/readings/{id}/report")
	@PreAuthorize("hasAuthority('imaging:reading:report')")
	String report(@PathVariable long id, @RequestParam(required = false) String findings,
			@RequestParam(required = false) String impression, @RequestParam(required = false) String step,
			RedirectAttributes redirect) {
		CurrentUser user = CurrentUsers.get();
		queries.reading(id, institution());
		boolean sign = "sign".equals(step);
		auditLog.describe("imaging:reading", String.valueOf(id), sign ? "sign" : "draft");
		act(redirect, () -> {
			service.draft(id, user.username(), findings, impression);
			if (sign) {
				service.sign(id, user.username(), clock.instant());
			}
		});
		if (!redirect.getFlashAttributes().containsKey("error")) {
			redirect.addFlashAttribute("done", sign ? "signed" : "saved");
		}
		return "redirect:/clinical/imaging/readings/" + id;
	}

	@PostMapping("/clinical/imaging/readings/{id}/cancel")
	@PreAuthorize("hasAuthority('imaging:study:send')")
	String cancel(@PathVariable long id, RedirectAttributes redirect) {
		auditLog.describe("imaging:reading", String.valueOf(id), "cancel");
		act(redirect, () -> service.cancel(id, institution()));
		return "redirect:/clinical/imaging/readings/" + id;
	}

	private void act(RedirectAttributes redirect, Runnable step) {
		errorTexts.flash(redirect, step, ImagingErrors.UNKNOWN_READING);
	}

	private static String institution() {
		String institution = CurrentUsers.scope().institutionCode();
		if (institution == null) {
			throw new BusinessException(ImagingErrors.NO_INSTITUTION);
		}
		return institution;
	}

}
