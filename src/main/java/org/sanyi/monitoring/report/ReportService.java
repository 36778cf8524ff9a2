package org.sanyi.monitoring.report;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.monitoring.facts.DataElements;
import org.sanyi.monitoring.facts.FactStore;
import org.sanyi.monitoring.report.ReportForm.Cell;
import org.sanyi.monitoring.report.ReportRejected.CellError;
import org.sanyi.monitoring.report.ReportFormRepository.Report;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.PlatformTime;
import org.sanyi.shared.facts.DataElement;
import org.sanyi.shared.facts.Fact;
import org.sanyi.shared.facts.ReportFormHistory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Monthly report forms: a hospital fills its month on the page or imports months from a
 * CSV file; any bad cell refuses the whole report (or import) and saves nothing; a
 * submitted report waits for a health regulator of the hospital's region, who approves it
 * (locked, its values become facts under the key {@code report:<form>:<institution>:
 * <month>}) or sends it back with a reason.
 */
@Service
public class ReportService implements ReportFormHistory {

	/** The shipped monthly hospital form. */
	public static final String HOSPITAL_MONTHLY = "hospital_monthly";

	/** The facts' source on the data-intake page. */
	public static final String SOURCE = "report-form";

	private final ReportFormRepository reports;

	private final Registry registry;

	private final DataElements elements;

	private final FactStore facts;

	private final ApplicationEventPublisher events;

	ReportService(ReportFormRepository reports, Registry registry, DataElements elements, FactStore facts,
			ApplicationEventPublisher events) {
		this.reports = reports;
		this.registry = registry;
		this.elements = elements;
		this.facts = facts;
		this.events = events;
	}

	public ReportForm form(String code) {
		return reports.form(code).orElseThrow(() -> new BusinessException(ReportErrors.REPORT_NOT_FOUND, code));
	}

	/** The institution, if the viewer's scope covers it; else "not found". */
	public Institution institution(String code, DataScope scope) {
		return registry.institution(code)
			.filter(i -> scope.coversInstitution(i.code(), i.regionCode()))
			.orElseThrow(() -> new BusinessException(ReportErrors.REPORT_NOT_FOUND, code));
	}

	/** A month's report and its values, if there is one. */
	public record Filed(Optional<Report> report, Map<String, BigDecimal> values) {
	}

	@Transactional(readOnly = true)
	public Filed filed(String form, String institution, YearMonth month) {
		Optional<Report> report = reports.find(form, institution, month.toString());
		return new Filed(report, report.map(r -> reports.values(r.id())).orElse(Map.of()));
	}

	@Transactional(readOnly = true)
	public Optional<Report> report(long id) {
		return reports.get(id);
	}

	@Transactional(readOnly = true)
	public List<Report> ofInstitution(String form, String institution) {
		return reports.ofInstitution(form, institution, 24);
	}

	@Transactional(readOnly = true)
	public List<Report> inRegion(String form, String prefix, YearMonth from, YearMonth to) {
		return reports.inRegion(form, prefix, from.toString(), to.toString());
	}

	/**
	 * Completeness of {@code institutions}' reports of a form for the months, from the
	 * reports under the region prefix.
	 */
	@Transactional(readOnly = true)
	public Completeness.Grid completeness(ReportForm form, List<String> institutions, List<YearMonth> months,
			String prefix) {
		List<Completeness.Filing> filings = inRegion(form.code(), prefix, months.getFirst(), months.getLast()).stream()
			.map(r -> new Completeness.Filing(r.institution(), YearMonth.parse(r.period()), r.status(),
					r.submittedAt() == null ? null
							: r.submittedAt().atZoneSameInstant(PlatformTime.zone()).toLocalDate()))
			.toList();
		return Completeness.of(institutions, months, filings, form::deadline, PlatformTime.today());
	}

	/** Approved values of the hospitals under a region prefix, months from..to. */
	@Transactional(readOnly = true)
	public List<ReportFormRepository.Approved> approvedValues(String form, String prefix, YearMonth from,
			YearMonth to) {
		return reports.approvedValues(form, prefix, from.toString(), to.toString());
	}

	/**
	 * Saves (or submits) one month typed on the page by a clerk of the institution: all
	 * cells are checked, any problem refuses the report.
	 */
	@Transactional
	public long save(String formCode, String institutionCode, String period, Map<String, String> texts, boolean submit,
			String by, DataScope scope) {
		ReportForm form = form(formCode);
		Institution institution = ownInstitution(institutionCode, scope);
		List<CellError> errors = new ArrayList<>();
		YearMonth month = ReportCsv.month(period, 0, errors);
		if (month != null) {
			check(form, institution.code(), month, 0, texts, submit, errors);
		}
		if (!errors.isEmpty()) {
			throw new ReportRejected(errors);
		}
		return write(form, institution, month, CellValues.read(texts, scales(form), submit, required(form)).values(),
				submit, by, OffsetDateTime.now());
	}

	/**
	 * Imports months of one institution from CSV ({@link ReportCsv}); every imported
	 * month is submitted. Any problem in any row refuses the whole file.
	 */
	@Transactional
	public List<String> importCsv(String formCode, String institutionCode, Reader csv, String by, DataScope scope) {
		ReportForm form = form(formCode);
		Institution institution = ownInstitution(institutionCode, scope);
		List<CellError> errors = new ArrayList<>();
		List<ReportCsv.Row> rows = ReportCsv.read(form, csv, errors);
		for (ReportCsv.Row row : rows) {
			check(form, institution.code(), row.month(), row.line(), row.texts(), true, errors);
		}
		if (!errors.isEmpty()) {
			// in the file's order, as the hospital reads it
			errors.sort(java.util.Comparator.comparingInt(CellError::line));
			throw new ReportRejected(errors);
		}
		OffsetDateTime now = OffsetDateTime.now();
		for (ReportCsv.Row row : rows) {
			write(form, institution, row.month(),
					CellValues.read(row.texts(), scales(form), true, required(form)).values(), true, by, now);
		}
		return rows.stream().map(r -> r.month().toString()).toList();
	}

	/** A health regulator of the institution's region approves a submitted report. */
	@Transactional
	public void approve(long id, String by, DataScope scope) {
		approve(review(id, scope), by, OffsetDateTime.now());
	}

	/** A health regulator sends a submitted report back with a reason: editable again. */
	@Transactional
	public void reject(long id, String by, String note, DataScope scope) {
		Report report = review(id, scope);
		String reason = note == null ? "" : note.strip();
		if (reason.isEmpty() || reason.length() > 500) {
			throw new BusinessException(ReportErrors.REPORT_NOTE_REQUIRED);
		}
		reports.reviewed(report.id(), ReportStatus.REJECTED, by, OffsetDateTime.now(), reason);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean exists(String form, String institution, YearMonth month) {
		return reports.find(form, institution, month.toString()).isPresent();
	}

	@Override
	@Transactional
	public void importReport(String formCode, String institutionCode, YearMonth month, Map<String, BigDecimal> values,
			String submittedBy, OffsetDateTime submittedAt, String reviewedBy, OffsetDateTime reviewedAt) {
		ReportForm form = form(formCode);
		Institution institution = registry.institution(institutionCode)
			.orElseThrow(() -> new BusinessException(ReportErrors.REPORT_NOT_FOUND, institutionCode));
		Map<String, String> texts = new HashMap<>();
		values.forEach((cell, value) -> texts.put(cell, value.toPlainString()));
		List<CellError> errors = new ArrayList<>();
		check(form, institution.code(), month, 0, texts, true, errors);
		if (!errors.isEmpty()) {
			throw new ReportRejected(errors);
		}
		long id = write(form, institution, month, CellValues.read(texts, scales(form), true, required(form)).values(),
				true, submittedBy, submittedAt);
		if (reviewedBy != null) {
			approve(reports.findForUpdate(id).orElseThrow(), reviewedBy, reviewedAt);
		}
	}

	private void approve(Report report, String by, OffsetDateTime at) {
		reports.reviewed(report.id(), ReportStatus.APPROVED, by, at, null);
		ReportForm form = form(report.formCode());
		YearMonth month = YearMonth.parse(report.period());
		List<Fact> reported = new ArrayList<>();
		for (Map.Entry<String, BigDecimal> value : reports.values(report.id()).entrySet()) {
			Optional<Cell> cell = form.cell(value.getKey());
			if (cell.isPresent() && value.getValue().signum() != 0) {
				reported.add(new Fact(cell.get().element(), report.institution(), month.atDay(1),
						cell.get().dimensions(), value.getValue()));
			}
		}
		facts.record(factKey(report), SOURCE, reported);
		events.publishEvent(new ReportApproved(report.id(), report.formCode(), report.institution(), report.period()));
	}

	static String factKey(Report report) {
		return "report:" + report.formCode() + ":" + report.institution() + ":" + report.period();
	}

	private Report review(long id, DataScope scope) {
		Report report = reports.findForUpdate(id)
			.filter(r -> scope.coversRegion(r.regionCode()))
			.orElseThrow(() -> new BusinessException(ReportErrors.REPORT_NOT_FOUND, id));
		if (report.status() != ReportStatus.SUBMITTED) {
			throw new BusinessException(ReportErrors.REPORT_NOT_SUBMITTED, report.status());
		}
		return report;
	}

	private long write(ReportForm form, Institution institution, YearMonth month, Map<String, BigDecimal> values,
			boolean submit, String by, OffsetDateTime at) {
		String region = institution.regionCode();
		Report report = reports.claim(form.code(), institution.code(), region, month.toString(), by);
		if (!report.status().editable()) {
			// another clerk submitted it between the check and the lock
			throw new ReportRejected(List
				.of(new CellError(0, month.toString(), null, ReportErrors.REPORT_LOCKED, report.status().name())));
		}
		reports.replaceValues(report.id(), values);
		if (submit) {
			reports.submitted(report.id(), by, at);
		}
		else {
			reports.saved(report.id(), by, at);
		}
		return report.id();
	}

	/** Checks one month's cells and state; adds what is wrong to {@code errors}. */
	private void check(ReportForm form, String institution, YearMonth month, int line, Map<String, String> texts,
			boolean submit, List<CellError> errors) {
		reports.find(form.code(), institution, month.toString())
			.filter(r -> !r.status().editable())
			.ifPresent(r -> errors
				.add(new CellError(line, month.toString(), null, ReportErrors.REPORT_LOCKED, r.status().name())));
		CellValues.Read read = CellValues.read(texts, scales(form), submit, required(form));
		read.problems().forEach(p -> errors.add(new CellError(line, month.toString(), p.cell(), p.error(), p.text())));
	}

	private Institution ownInstitution(String code, DataScope scope) {
		if (scope.kind() != DataScope.Kind.INSTITUTION || !scope.institutionCode().equals(code)) {
			throw new BusinessException(ReportErrors.REPORT_NOT_FOUND, code);
		}
		return institution(code, scope);
	}

	/** Decimals each cell allows: two for yuan, none for counts. */
	Map<String, Integer> scales(ReportForm form) {
		Map<String, Integer> scales = new LinkedHashMap<>();
		for (Cell cell : form.cells()) {
			DataElement.Unit unit = elements.find(cell.element()).map(DataElement::unit).orElse(DataElement.Unit.COUNT);
			scales.put(cell.code(), unit == DataElement.Unit.YUAN ? 2 : 0);
		}
		return scales;
	}

	private static List<String> required(ReportForm form) {
		return form.cells().stream().filter(Cell::required).map(Cell::code).toList();
	}

}
