package org.sanyi.drg.grouping;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.sanyi.drg.DrgGroupingResult;
import org.sanyi.drg.DrgGroupingResult.DrgSchemeRef;
import org.sanyi.security.AuditLog;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.io.Resource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/drg/group")
@PreAuthorize("hasAuthority('drg:group:run')")
@Tag(name = "drg: grouping", description = "CHS-DRG grouping of one case with its explanation, or of a CSV file of "
		+ "cases; the scheme is the one assigned to the region on the discharge date")
class DrgGroupApi {

	private final GroupingService grouping;

	private final BatchService batches;

	private final AuditLog audit;

	private final MessageSource messages;

	DrgGroupApi(GroupingService grouping, BatchService batches, AuditLog audit, MessageSource messages) {
		this.grouping = grouping;
		this.batches = batches;
		this.audit = audit;
		this.messages = messages;
	}

	@PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
	@Operation(summary = "Group one case", description = "Returns status, MDC, ADRG, DRG with names, the CC/MCC that "
			+ "decided the split and the trace in the caller's language (?lang=en for English). Unknown codes and "
			+ "incomplete cases are rejected with DRG-0013 and an `errors` array.")
	GroupResponse group(@RequestBody GroupRequest request, @Parameter(
			description = "false skips the explanation (faster)") @RequestParam(defaultValue = "true") boolean trace) {
		DrgGroupingResult result = trace ? grouping.explain(request.toCase(), LocaleContextHolder.getLocale())
				: grouping.group(request.toCase());
		audit.describe("drg:group", result.drg(), describe(result, request.region(), request.dischargeDate()));
		return GroupResponse.of(result);
	}

	@PostMapping(path = "/batch",
			consumes = { "text/csv", MediaType.TEXT_PLAIN_VALUE, MediaType.APPLICATION_OCTET_STREAM_VALUE },
			produces = "text/csv")
	@Operation(summary = "Group a CSV file of cases (request body)", description = "Columns of the shared test cases: "
			+ "gender, age, age_days, weight_g, diagnoses, procedures (codes separated by |) required; case_id, dept, "
			+ "los_days, discharge_way and any other columns are passed through. The answer repeats every row and "
			+ "appends actual_status, actual_mdc, actual_adrg, actual_drg, error; a bad line gets status ERROR and its "
			+ "reason. At most 200,000 lines and 50 MB (DRG-0014).")
	ResponseEntity<Resource> batch(InputStream body, @RequestParam(required = false) Long schemeId,
			@RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dischargeDate) {
		return run(body, schemeId, region, dischargeDate);
	}

	@PostMapping(path = "/batch", consumes = MediaType.MULTIPART_FORM_DATA_VALUE, produces = "text/csv")
	@Operation(summary = "Group a CSV file of cases (multipart upload, part `file`)")
	ResponseEntity<Resource> batchUpload(@RequestPart("file") MultipartFile file,
			@RequestParam(required = false) Long schemeId, @RequestParam(required = false) String region,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dischargeDate)
			throws IOException {
		try (InputStream in = file.getInputStream()) {
			return run(in, schemeId, region, dischargeDate);
		}
	}

	private ResponseEntity<Resource> run(InputStream in, Long schemeId, String region, LocalDate date) {
		Locale locale = LocaleContextHolder.getLocale();
		DrgSchemeRef scheme = grouping.schemeForBatch(schemeId, region, date);
		BatchService.Result result = batches.run(in, scheme, locale);
		audit.describe("drg:group-batch", scheme.code() + " " + scheme.version(), BatchDownloads.summary(result));
		return BatchDownloads.csv(result, false);
	}

	/** DRG-0013 with the problems as an array besides the joined message. */
	@ExceptionHandler(InvalidCaseException.class)
	ProblemDetail invalidCase(InvalidCaseException ex) {
		Locale locale = LocaleContextHolder.getLocale();
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(ex.error().status(),
				messages.getMessage(ex.error().messageKey(), ex.args(), locale));
		problem.setType(java.net.URI.create("urn:sanyi:error:" + ex.error().code()));
		problem.setTitle(messages.getMessage("error.title", null, "Error", locale));
		problem.setProperty("code", ex.error().code());
		problem.setProperty("errors", ex.problems());
		return problem;
	}

	static String describe(DrgGroupingResult result, String region, LocalDate date) {
		return result.status() + " " + result.mdc() + "/" + result.adrg() + "/" + result.drg() + " scheme="
				+ result.scheme().code() + " " + result.scheme().version() + " region=" + region + " date=" + date;
	}

}
