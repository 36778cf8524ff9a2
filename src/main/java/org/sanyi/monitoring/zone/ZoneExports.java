package org.sanyi.monitoring.zone;

import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.sanyi.monitoring.analysis.Area;
import org.sanyi.monitoring.analysis.Areas;
import org.sanyi.monitoring.analysis.IndicatorQueries;
import org.sanyi.monitoring.engine.Period;
import org.sanyi.monitoring.zone.Flows.Flow;
import org.sanyi.monitoring.zone.Flows.FlowMatrix;
import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.security.CurrentUsers;
import org.sanyi.shared.io.ExcelExport;
import org.sanyi.shared.io.ExcelExport.Column;
import org.sanyi.shared.web.Downloads;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Exports of the 医保数据专区 analyses, as Excel or CSV (UTF-8 with a byte-order mark so that
 * Excel reads the Chinese; texts that look like formulas are quoted), each audited.
 */
@Controller
class ZoneExports {

	private final Flows flows;

	private final FundFlows funds;

	private final ZonePages pages;

	private final Areas areas;

	private final AuditLog audit;

	private final MessageSource messages;

	ZoneExports(Flows flows, FundFlows funds, ZonePages pages, Areas areas, AuditLog audit, MessageSource messages) {
		this.flows = flows;
		this.funds = funds;
		this.pages = pages;
		this.areas = areas;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/monitoring/zone/flows/export")
	@PreAuthorize("hasAuthority('monitoring:zone:view')")
	ResponseEntity<StreamingResponseBody> flows(@RequestParam(required = false) String area,
			@RequestParam(required = false) String period, @RequestParam(required = false) String format) {
		Area shown = areas.resolve(area, CurrentUsers.scope());
		Period p = IndicatorQueries.period(period);
		FlowMatrix m = flows.of(shown, p.first(), p.last());
		List<Column<Flow>> columns = List.of(
				new Column<>(t("monitoring.zone.insured"), f -> m.names().getOrDefault(f.insured(), f.insured())),
				new Column<>(t("monitoring.zone.insuredCode"), Flow::insured),
				new Column<>(t("monitoring.zone.treatment"), f -> m.names().getOrDefault(f.treatment(), f.treatment())),
				new Column<>(t("monitoring.zone.treatmentCode"), Flow::treatment),
				new Column<>(t("monitoring.zone.fees"), Flow::fees),
				new Column<>(t("monitoring.zone.fund"), Flow::fund),
				new Column<>(t("monitoring.zone.visits"), Flow::visits),
				new Column<>(t("monitoring.zone.outOfRegion"), f -> f.outOfRegion() ? "Y" : "N"));
		audit.record(AuditAction.EXPORT, "monitoring:zone", shown.key(),
				"flows: " + m.flows().size() + " cells; period=" + p.code());
		return download("flows-" + name(shown) + "-" + p.code(), format, columns, m.flows());
	}

	/** One line of the fund-flow export: a breakdown and one of its slices. */
	record FundLine(String dimension, String label, BigDecimal fund, BigDecimal fees) {
	}

	@GetMapping("/monitoring/zone/funds/export")
	@PreAuthorize("hasAuthority('monitoring:zone:view')")
	ResponseEntity<StreamingResponseBody> funds(@RequestParam(required = false) String area,
			@RequestParam(required = false) String period, @RequestParam(required = false) String format) {
		Area shown = areas.resolve(area, CurrentUsers.scope());
		Period p = IndicatorQueries.period(period);
		FundFlows.Breakdown b = funds.of(shown, p.first(), p.last());
		List<FundLine> lines = new ArrayList<>();
		b.slices()
			.forEach((d, slices) -> slices.forEach(
					s -> lines.add(new FundLine(t("monitoring.zone.by." + d), pages.label(s), s.fund(), s.fees()))));
		List<Column<FundLine>> columns = List.of(new Column<>(t("monitoring.zone.breakdown"), FundLine::dimension),
				new Column<>(t("monitoring.zone.slice"), FundLine::label),
				new Column<>(t("monitoring.zone.fund"), FundLine::fund),
				new Column<>(t("monitoring.zone.fees"), FundLine::fees));
		audit.record(AuditAction.EXPORT, "monitoring:zone", shown.key(),
				"funds: " + lines.size() + " lines; period=" + p.code());
		return download("funds-" + name(shown) + "-" + p.code(), format, columns, lines);
	}

	private static <T> ResponseEntity<StreamingResponseBody> download(String base, String format,
			List<Column<T>> columns, List<T> rows) {
		if (!"csv".equals(format)) {
			ExcelExport<T> xlsx = ExcelExport.of(base, columns);
			return Downloads.xlsx(base, out -> xlsx.write(rows, out));
		}
		StreamingResponseBody body = out -> {
			Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
			w.write('\ufeff');
			w.write(line(columns.stream().map(Column::header).toList()));
			for (T row : rows) {
				List<String> cells = new ArrayList<>();
				for (Column<T> c : columns) {
					Function<T, Object> value = c.value();
					Object v = value.apply(row);
					cells.add(v instanceof BigDecimal d ? d.toPlainString() : v == null ? "" : v.toString());
				}
				w.write(line(cells));
			}
			w.flush();
		};
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(base + ".csv", StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	/**
	 * One CSV line: every cell quoted, quotes doubled, formula-like texts led by a quote
	 * mark.
	 */
	static String line(List<String> cells) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < cells.size(); i++) {
			String cell = cells.get(i);
			if (ExcelExport.looksLikeFormula(cell) && !cell.matches("-?\\d+(\\.\\d+)?")) {
				cell = "'" + cell;
			}
			b.append(i == 0 ? "" : ",").append('"').append(cell.replace("\"", "\"\"")).append('"');
		}
		return b.append("\r\n").toString();
	}

	private static String name(Area a) {
		return a.code().isEmpty() ? "all" : a.code();
	}

	private String t(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

}
