package org.sanyi.insurance.budget;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.budget.engine.AdvanceRule;
import org.sanyi.insurance.budget.engine.Band;
import org.sanyi.insurance.budget.engine.BudgetTerms;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.Money;

/**
 * The budget form's fields as officers type them, and back: amount in yuan
 * ({@code 12,000,000.00} with or without commas), start month, advance rule {@code EQUAL}
 * or {@code SCHEDULE} with twelve percentages ({@code 8, 8, 8, …}), advance ratio in
 * percent ({@code 90}), and bands as {@code limit%:share%; …; share%} — surplus
 * {@code 5:100; 60} (100 % of the surplus up to 5 % of the budget retained, 60 % beyond),
 * overspend {@code 10:50; 0} (the fund bears 50 % of the overspend up to 10 %, nothing
 * beyond). A value that is not a number is INS-0072 naming the field.
 */
final class BudgetForm {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private BudgetForm() {
	}

	static BudgetTerms terms(Map<String, String> form) {
		BigDecimal amount = number(form, "amount", form.get("amount"));
		if (amount.stripTrailingZeros().scale() > 2) {
			throw new BusinessException(InsuranceErrors.BUDGET_VALUE_INVALID, "amount", form.get("amount"));
		}
		int startMonth = integer(form, "startMonth");
		AdvanceRule rule = AdvanceRule.equal();
		if ("SCHEDULE".equals(form.get("advanceRule"))) {
			List<BigDecimal> percents = new ArrayList<>();
			for (String p : split(form.getOrDefault("schedule", ""), "[,，、\\s]+")) {
				percents.add(number(form, "schedule", p));
			}
			rule = AdvanceRule.schedule(percents);
		}
		BigDecimal ratio = percent(form, "advanceRatio", form.get("advanceRatio"));
		return new BudgetTerms(Money.of(amount.setScale(2)), startMonth, rule, ratio, bands(form, "surplus"),
				bands(form, "overspend"));
	}

	/** The form's fields of existing terms (to prefill an adjustment). */
	static Map<String, String> fields(BudgetTerms t) {
		return Map.of("amount", t.amount().amount().toPlainString(), "startMonth", String.valueOf(t.startMonth()),
				"advanceRule", t.advanceRule().kind().name(), "schedule",
				t.advanceRule()
					.percents()
					.stream()
					.map(p -> p.stripTrailingZeros().toPlainString())
					.collect(Collectors.joining(", ")),
				"advanceRatio", pct(t.advanceRatio()), "surplus", bandsText(t.surplusBands()), "overspend",
				bandsText(t.overspendBands()));
	}

	static String bandsText(List<Band> bands) {
		return bands.stream()
			.map(b -> b.upTo() == null ? pct(b.share()) : pct(b.upTo()) + ":" + pct(b.share()))
			.collect(Collectors.joining("; "));
	}

	static String pct(BigDecimal ratio) {
		return ratio.multiply(HUNDRED).stripTrailingZeros().toPlainString();
	}

	private static List<Band> bands(Map<String, String> form, String field) {
		List<Band> bands = new ArrayList<>();
		for (String part : split(form.getOrDefault(field, ""), "[;；]")) {
			String[] pieces = part.split("[:：]");
			if (pieces.length == 1) {
				bands.add(new Band(null, percent(form, field, pieces[0])));
			}
			else if (pieces.length == 2) {
				bands.add(new Band(percent(form, field, pieces[0]), percent(form, field, pieces[1])));
			}
			else {
				throw new BusinessException(InsuranceErrors.BUDGET_VALUE_INVALID, field, form.get(field));
			}
		}
		return bands;
	}

	private static List<String> split(String text, String separator) {
		List<String> parts = new ArrayList<>();
		for (String p : text.split(separator)) {
			if (!p.isBlank()) {
				parts.add(p.trim());
			}
		}
		return parts;
	}

	private static BigDecimal percent(Map<String, String> form, String field, String value) {
		return number(form, field, value == null ? null : value.replace("%", "").trim()).divide(HUNDRED);
	}

	private static BigDecimal number(Map<String, String> form, String field, String value) {
		if (value == null || value.isBlank()) {
			throw new BusinessException(InsuranceErrors.BUDGET_VALUE_INVALID, field, "");
		}
		try {
			return new BigDecimal(value.replace(",", "").replace("，", "").trim());
		}
		catch (NumberFormatException ex) {
			throw new BusinessException(InsuranceErrors.BUDGET_VALUE_INVALID, field, value);
		}
	}

	private static int integer(Map<String, String> form, String field) {
		BigDecimal n = number(form, field, form.get(field));
		try {
			return n.intValueExact();
		}
		catch (ArithmeticException ex) {
			throw new BusinessException(InsuranceErrors.BUDGET_VALUE_INVALID, field, form.get(field));
		}
	}

	/**
	 * A year typed in a form or a query ({@code INS-0072} naming the field when it is not
	 * a number).
	 */
	static int year(String value) {
		try {
			return Integer.parseInt(value == null ? "" : value.trim());
		}
		catch (NumberFormatException ex) {
			throw new BusinessException(InsuranceErrors.BUDGET_VALUE_INVALID, "year", value);
		}
	}

}
