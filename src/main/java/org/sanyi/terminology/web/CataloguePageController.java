package org.sanyi.terminology.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.sanyi.security.AuditAction;
import org.sanyi.security.AuditLog;
import org.sanyi.shared.PageQuery;
import org.sanyi.shared.io.ExcelExport;
import org.sanyi.shared.io.ExcelExport.Column;
import org.sanyi.shared.web.Downloads;
import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.CatalogueQuery;
import org.sanyi.terminology.InsuranceClass;
import org.sanyi.terminology.SystemKind;
import org.sanyi.terminology.internal.TerminologyService;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * 医保目录: drugs, consumables and service items in force on a day, filtered by kind, class
 * and keyword.
 */
@Controller
@PreAuthorize("hasAuthority('terminology:code:list')")
class CataloguePageController {

	private final TerminologyService terminology;

	private final AuditLog audit;

	private final MessageSource messages;

	CataloguePageController(TerminologyService terminology, AuditLog audit, MessageSource messages) {
		this.terminology = terminology;
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/terminology/catalogue")
	String list(Filter filter, @RequestParam(required = false) Integer page, Model model) {
		model.addAttribute("filter", filter);
		model.addAttribute("kinds", List.of(SystemKind.DRUG, SystemKind.CONSUMABLE, SystemKind.SERVICE));
		model.addAttribute("classes", InsuranceClass.values());
		model.addAttribute("page", terminology.searchCatalogue(filter.query(), PageQuery.of(page, 20)));
		return "terminology/catalogue";
	}

	@GetMapping("/terminology/catalogue/export")
	ResponseEntity<StreamingResponseBody> export(Filter filter) {
		List<CatalogueItem> found = terminology.exportCatalogue(filter.query(), SystemPagesController.EXPORT_MAX + 1);
		List<CatalogueItem> rows = found.subList(0, Math.min(found.size(), SystemPagesController.EXPORT_MAX));
		String note = found.size() > SystemPagesController.EXPORT_MAX ? messages.getMessage("export.cappedUnknown",
				new Object[] { SystemPagesController.EXPORT_MAX }, LocaleContextHolder.getLocale()) : null;
		audit.record(AuditAction.EXPORT, "terminology:catalogue", filter.kind(), rows.size() + " rows");
		ExcelExport<CatalogueItem> excel = ExcelExport.of(msg("term.catalogue.title"),
				List.of(new Column<>(msg("term.item.kind"), i -> msg("term.kind." + i.kind())),
						new Column<>(msg("term.item.code"), CatalogueItem::code),
						new Column<>(msg("term.item.name"), CatalogueItem::name),
						new Column<>(msg("term.item.category"), CatalogueItem::category),
						new Column<>(msg("term.item.specification"), CatalogueItem::specification),
						new Column<>(msg("term.item.dosageForm"), CatalogueItem::dosageForm),
						new Column<>(msg("term.item.unit"), CatalogueItem::unit),
						new Column<>(msg("term.item.manufacturer"), CatalogueItem::manufacturer),
						new Column<>(msg("term.item.price"), CatalogueItem::price),
						new Column<>(msg("term.item.priceCap"), CatalogueItem::priceCap),
						new Column<>(msg("term.item.class"), i -> msg("term.class." + i.insuranceClass())),
						new Column<>(msg("term.item.selfPayRatio"), CatalogueItem::selfPayRatio),
						new Column<>(msg("term.item.restriction"), CatalogueItem::restriction)));
		return Downloads.xlsx("catalogue", out -> excel.write(rows, out, note));
	}

	private String msg(String key) {
		return messages.getMessage(key, null, LocaleContextHolder.getLocale());
	}

	/** The search form; unknown kinds or classes are ignored rather than rejected. */
	record Filter(String kind, String cls, String keyword,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {

		CatalogueQuery query() {
			return new CatalogueQuery(kindOrNull(), InsuranceClass.parse(cls == null ? "" : cls).orElse(null), keyword,
					on);
		}

		private SystemKind kindOrNull() {
			if (kind == null || kind.isBlank()) {
				return null;
			}
			try {
				SystemKind k = SystemKind.valueOf(kind.strip().toUpperCase(Locale.ROOT));
				return k.isCatalogue() ? k : null;
			}
			catch (IllegalArgumentException ex) {
				return null;
			}
		}

	}

}
