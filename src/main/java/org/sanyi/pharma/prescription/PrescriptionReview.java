package org.sanyi.pharma.prescription;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.ReviewRules;
import org.sanyi.pharma.engine.RxContent;
import org.sanyi.pharma.engine.RxFinding;
import org.sanyi.pharma.engine.RxReview;
import org.sanyi.pharma.engine.RxType;
import org.sanyi.pharma.rational.ReviewRuleBook;
import org.sanyi.shared.BusinessException;
import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.DrugProfile;
import org.sanyi.terminology.Terminology;

import org.springframework.stereotype.Component;

/**
 * Runs the pure review ({@link RxReview}) on an uploaded prescription: every drug must be
 * in the catalogue in force (PH-0006), whose drug profile gives its generic name, ATC
 * class and 基本药物 flag; then the rules of the institution's region apply.
 */
@Component
class PrescriptionReview {

	private final Terminology terminology;

	private final ReviewRuleBook rules;

	PrescriptionReview(Terminology terminology, ReviewRuleBook rules) {
		this.terminology = terminology;
		this.rules = rules;
	}

	/**
	 * What the review saw and found, with the catalogue item of each line (in the lines'
	 * order).
	 */
	record Reviewed(RxReview.Input input, ReviewRules rules, List<RxFinding> findings, List<CatalogueItem> items) {
	}

	Reviewed review(RxUpload rx, String region, LocalDate on) {
		List<RxReview.Drug> drugs = new ArrayList<>();
		List<CatalogueItem> items = new ArrayList<>();
		for (int i = 0; i < rx.content().lines().size(); i++) {
			RxContent.Line l = rx.content().lines().get(i);
			CatalogueItem item = terminology.catalogueItem(l.code(), on)
				.orElseThrow(() -> new BusinessException(PharmaErrors.ITEM_NOT_IN_CATALOGUE, l.code()));
			items.add(item);
			DrugProfile p = item.profile();
			String generic = p.genericName() == null || p.genericName().isBlank() ? item.name() : p.genericName();
			drugs.add(new RxReview.Drug(l, generic, p.atcClass(), p.essential()));
		}
		RxType type = RxType.ofCode(rx.content().rxTypeCode()).orElseThrow();
		RxReview.Input input = new RxReview.Input(type, rx.longReason(), Period.between(rx.birthDate(), on).getYears(),
				rx.sex(), rx.pregnancyWeeks() > 0, rx.doctorTitle(), rx.consulted(), drugs);
		ReviewRules book = rules.forRegion(region);
		return new Reviewed(input, book, RxReview.review(input, book), List.copyOf(items));
	}

}
