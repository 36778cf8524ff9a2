package org.sanyi.pharma.pricing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanyi.pharma.PharmaErrors;
import org.sanyi.pharma.engine.PriceReform;
import org.sanyi.shared.BusinessException;

/**
 * A scenario as typed on the form: percentages as numbers ({@code 5} = 5 %), the raise of
 * each service charge type ({@code raise02} for 诊察 …), new prices of single items one a
 * line ({@code 004100000010000=30}). {@link #read} refuses the first bad field by name
 * ({@code PH-0101}).
 *
 * @param region six-digit region
 * @param name what to call it
 * @param baselineFrom first day of the baseline
 * @param baselineTo last day
 * @param consumableMarkup the consumable mark-up removed, percent
 * @param testCut the cut of test and examination prices, percent
 * @param fundShare the share of a change the fund bears, percent
 * @param fundMonths months the fund's balance pays
 * @param costGrowth growth of medical costs, percent
 * @param raises charge type → raise in percent
 * @param newPrices lines {@code code=price}
 */
public record ScenarioForm(String region, String name, String baselineFrom, String baselineTo, String consumableMarkup,
		String testCut, String fundShare, String fundMonths, String costGrowth, Map<String, String> raises,
		String newPrices) {

	/** The service charge types a draft may raise: 床位, 诊察, 治疗 (incl. 中医), 手术, 护理. */
	public static final List<String> RAISED_TYPES = List.of("01", "02", "05", "06", "07");

	/** A checked form. */
	record Input(String region, String name, LocalDate from, LocalDate to, PriceReform.Draft draft,
			BigDecimal fundMonths, BigDecimal costGrowth) {
	}

	/** The form's fields from a request's parameters. */
	public static ScenarioForm of(Map<String, String> params) {
		Map<String, String> raises = new LinkedHashMap<>();
		for (String type : RAISED_TYPES) {
			raises.put(type, params.getOrDefault("raise" + type, ""));
		}
		return new ScenarioForm(params.get("region"), params.get("name"), params.get("baselineFrom"),
				params.get("baselineTo"), params.get("consumableMarkup"), params.get("testCut"),
				params.get("fundShare"), params.get("fundMonths"), params.get("costGrowth"), raises,
				params.getOrDefault("newPrices", ""));
	}

	Input read() {
		String r = text("region", region);
		if (!r.matches("[0-9]{6}")) {
			throw invalid("region", r);
		}
		String n = text("name", name);
		if (n.length() > 100) {
			throw invalid("name", n);
		}
		LocalDate from = date("baselineFrom", baselineFrom);
		LocalDate to = date("baselineTo", baselineTo);
		if (to.isBefore(from) || to.isAfter(from.plusYears(1))) {
			throw invalid("baselineTo", baselineTo);
		}
		Map<String, BigDecimal> raiseRatios = new TreeMap<>();
		for (Map.Entry<String, String> raise : (raises == null ? Map.<String, String>of() : raises).entrySet()) {
			if (!RAISED_TYPES.contains(raise.getKey())) {
				throw invalid("raise" + raise.getKey(), raise.getValue());
			}
			if (raise.getValue() != null && !raise.getValue().isBlank()) {
				raiseRatios.put(raise.getKey(), percent("raise" + raise.getKey(), raise.getValue(), -100, 500));
			}
		}
		PriceReform.Draft draft = new PriceReform.Draft(percent("consumableMarkup", consumableMarkup, 0, 100),
				percent("testCut", testCut, 0, 100), percent("fundShare", fundShare, 0, 100), raiseRatios,
				prices(newPrices));
		BigDecimal months = number("fundMonths", fundMonths, 0, 9999);
		return new Input(r, n, from, to, draft, months.setScale(2, java.math.RoundingMode.HALF_UP),
				percent("costGrowth", costGrowth, -100, 100));
	}

	/** {@code code=price} lines: a service code (digits) and a positive price in yuan. */
	private static Map<String, BigDecimal> prices(String text) {
		Map<String, BigDecimal> prices = new TreeMap<>();
		if (text == null) {
			return prices;
		}
		for (String raw : text.split("\\R")) {
			String line = raw.strip();
			if (line.isEmpty()) {
				continue;
			}
			String[] parts = line.split("\\s*[=＝:：,，\\s]\\s*");
			if (parts.length != 2 || !parts[0].matches("[0-9][0-9A-Za-z._-]{0,49}")) {
				throw invalid("newPrices", line);
			}
			BigDecimal price = number("newPrices", parts[1], 0, 10_000_000);
			if (price.signum() <= 0 || price.stripTrailingZeros().scale() > 2 || prices.put(parts[0], price) != null) {
				throw invalid("newPrices", line);
			}
		}
		return prices;
	}

	private static String text(String field, String value) {
		if (value == null || value.isBlank()) {
			throw invalid(field, "");
		}
		return value.strip();
	}

	private static LocalDate date(String field, String value) {
		try {
			return LocalDate.parse(text(field, value));
		}
		catch (DateTimeParseException ex) {
			throw invalid(field, value);
		}
	}

	/** A percentage typed as a number, as a ratio with at most four decimals. */
	private static BigDecimal percent(String field, String value, int min, int max) {
		BigDecimal ratio = number(field, value, min, max).movePointLeft(2);
		if (ratio.stripTrailingZeros().scale() > 4) {
			throw invalid(field, value);
		}
		return ratio;
	}

	private static BigDecimal number(String field, String value, int min, int max) {
		String typed = text(field, value).replace("%", "").replace("％", "").strip();
		try {
			BigDecimal number = new BigDecimal(typed);
			if (number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
				throw invalid(field, value);
			}
			return number;
		}
		catch (NumberFormatException ex) {
			throw invalid(field, value);
		}
	}

	private static BusinessException invalid(String field, String value) {
		return new BusinessException(PharmaErrors.PRICING_FIELD, field, value == null ? "" : value);
	}

}
