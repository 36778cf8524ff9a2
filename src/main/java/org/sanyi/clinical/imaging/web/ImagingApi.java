package org.sanyi.clinical.imaging.web;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.sanyi.clinical.ImagingReadings;
import org.sanyi.clinical.imaging.ImagingErrors;
import org.sanyi.clinical.imaging.dicom.MultipartRelated;
import org.sanyi.clinical.imaging.reading.ReadingQueries;
import org.sanyi.clinical.imaging.reading.ReadingQueries.Line;
import org.sanyi.clinical.imaging.reading.ReadingQueries.Show;
import org.sanyi.clinical.imaging.reading.ReadingService;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUser;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imaging reading for hospital systems: a study sent the DICOMweb way (STOW-RS,
 * {@code multipart/related; type="application/dicom"}, or one {@code application/dicom}
 * file) with the reading request's priority and question as query parameters; the imaging
 * centre's worklist; take, report and sign.
 */
@RestController
@Tag(name = "imaging", description = "远程影像诊断")
class ImagingApi {

	private final ReadingService service;

	private final ReadingQueries queries;

	private final AuditLog auditLog;

	private final Clock clock = Clock.systemUTC();

	ImagingApi(ReadingService service, ReadingQueries queries, AuditLog auditLog) {
		this.service = service;
		this.queries = queries;
		this.auditLog = auditLog;
	}

	record Requested(long readingId, String studyUid, String centreCode, String priority, Instant dueAt) {
	}

	record Report(String findings, String impression) {
	}

	/** A reading as the API shows it (no resident name: the HIS knows its patient). */
	record Reading(long id, String status, String priority, String studyUid, String residentId, String modality,
			String bodyPart, String requesterCode, String centreCode, Instant requestedAt, Instant dueAt, String reader,
			String findings, String impression, Instant signedAt, String reportReference) {

		static Reading of(Line l) {
			var r = l.reading();
			return new Reading(r.id(), r.status().name(), r.priority().name(), r.studyUid(), r.residentId(),
					r.modality(), r.bodyPart(), r.requesterCode(), r.centreCode(), r.requestedAt(), r.dueAt(),
					r.readerName(), r.findings(), r.impression(), r.signedAt(), r.reportReference());
		}

	}

	@PostMapping(path = "/api/clinical/imaging/studies",
			consumes = { "multipart/related", "application/dicom", "application/octet-stream" })
	@PreAuthorize("hasAuthority('imaging:study:send')")
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(summary = "Send a study (STOW-RS multipart/related of DICOM Part 10 files, or one application/dicom "
			+ "file) and request its reading from the medical community's imaging centre")
	Requested send(HttpServletRequest request, @RequestParam(required = false) String residentId,
			@RequestParam(required = false) String priority, @RequestParam(required = false) String question)
			throws IOException {
		String type = request.getContentType() == null ? "" : request.getContentType();
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			// a study's files together may be several times one image's limit, never
			// unbounded
			body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, service.maxBytes() * 64 + 1));
		}
		List<byte[]> files = type.toLowerCase(Locale.ROOT).startsWith("multipart/related")
				? MultipartRelated.parts(type, body, ImagingErrors.NOT_DICOM) : List.of(body);
		CurrentUser user = CurrentUsers.get();
		auditLog.describe("imaging:reading", residentId, files.size() + " images, " + priority);
		long id = service.request(new ImagingReadings.Request(user.scope().institutionCode(), user.username(),
				residentId, priority, question, files, clock.instant()));
		var r = queries.reading(id, user.scope().institutionCode()).reading();
		return new Requested(id, r.studyUid(), r.centreCode(), r.priority().name(), r.dueAt());
	}

	@GetMapping("/api/clinical/imaging/worklist")
	@PreAuthorize("hasAuthority('imaging:reading:report')")
	@Operation(summary = "The caller's imaging centre's readings, the most urgent first (show=OPEN|SIGNED|ALL)")
	Page<Reading> worklist(@RequestParam(required = false) String show, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		String institution = institution();
		var rows = queries.worklist(institution, Show.parse(show), PageQuery.of(page, size));
		auditLog.read("imaging:worklist", institution, rows.rows().size() + " readings");
		return rows.map(Reading::of);
	}

	@GetMapping("/api/clinical/imaging/readings/{id}")
	@PreAuthorize("hasAnyAuthority('imaging:reading:report', 'imaging:study:send')")
	@Operation(summary = "One reading with its report, for its imaging centre or its requesting institution")
	Reading reading(@PathVariable long id) {
		Line line = queries.reading(id, institution());
		auditLog.read("identity:resident", line.reading().residentId(), "imaging reading " + id);
		return Reading.of(line);
	}

	@PostMapping("/api/clinical/imaging/readings/{id}/take")
	@PreAuthorize("hasAuthority('imaging:reading:report')")
	@Operation(summary = "The caller takes the reading: only they may report and sign it")
	Reading take(@PathVariable long id) {
		CurrentUser user = CurrentUsers.get();
		Line line = queries.reading(id, institution());
		if (!line.reading().centreCode().equals(institution())) {
			throw new BusinessException(ImagingErrors.UNKNOWN_READING, id);
		}
		auditLog.describe("imaging:reading", String.valueOf(id), "take");
		service.take(id, user.username(), user.displayName(), clock.instant());
		return Reading.of(queries.reading(id, institution()));
	}

	@PostMapping("/api/clinical/imaging/readings/{id}/report")
	@PreAuthorize("hasAuthority('imaging:reading:report')")
	@Operation(summary = "The assigned reader saves findings and impression (not signed)")
	Reading report(@PathVariable long id, @RequestBody(required = false) Report report) {
		queries.reading(id, institution());
		auditLog.describe("imaging:reading", String.valueOf(id), "draft");
		service.draft(id, CurrentUsers.get().username(), report == null ? null : report.findings(),
				report == null ? null : report.impression());
		return Reading.of(queries.reading(id, institution()));
	}

	@PostMapping("/api/clinical/imaging/readings/{id}/sign")
	@PreAuthorize("hasAuthority('imaging:reading:report')")
	@Operation(summary = "The assigned reader signs: the report goes into the shared record as a DiagnosticReport")
	Reading sign(@PathVariable long id) {
		queries.reading(id, institution());
		auditLog.describe("imaging:reading", String.valueOf(id), "sign");
		service.sign(id, CurrentUsers.get().username(), clock.instant());
		return Reading.of(queries.reading(id, institution()));
	}

	private static String institution() {
		String institution = CurrentUsers.scope().institutionCode();
		if (institution == null) {
			throw new BusinessException(ImagingErrors.NO_INSTITUTION);
		}
		return institution;
	}

}
