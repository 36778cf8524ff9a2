package org.sanyi.terminology.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.sanyi.terminology.DrugProfile;
import org.sanyi.terminology.InsuranceClass;
import org.sanyi.terminology.SystemKind;
import org.sanyi.terminology.TerminologyErrors;

/**
 * The catalogue file of drugs, consumables or service items. Required:
 * {@code code,name,insurance_class}; optional:
 * {@code category, specification, dosage_form, unit, manufacturer, price, price_cap, self_pay_ratio, restriction,
 * effective_from, effective_to, generic_name, atc_code, minimum_unit, unit_factor, essential, negotiated, procured}
 * (the last seven describe drugs and consumables: {@link DrugProfile}). Service items
 * must have a price.
 * <p>
 * The self-pay ratio rule follows the meaning of the classes (insurance.md §2.1): 甲类 is
 * wholly in the policy scope so its ratio is 0; 乙类 has a 先行自付 share with
 * {@code 0 <= ratio < 1} that must be given (it is set locally, there is no national
 * default); 丙类 is wholly self-paid so its ratio is 1. A blank ratio means 0 for 甲 and 1
 * for 丙.
 */
final class CatalogueCsv {

	static final List<String> REQUIRED = List.of("code", "name", "insurance_class");

	static final List<String> OPTIONAL = List.of("category", "specification", "dosage_form", "unit", "manufacturer",
			"price", "price_cap", "self_pay_ratio", "restriction", "effective_from", "effective_to", "generic_name",
			"atc_code", "minimum_unit", "unit_factor", "essential", "negotiated", "procured");

	/** ATC levels 1 to 5: A, A10, A10B, A10BA, A10BA02. */
	static final Pattern ATC = Pattern.compile("[A-Z](\\d{2}([A-Z]([A-Z](\\d{2})?)?)?)?");

	static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

	/**
	 * Up to 16 integer digits (numeric(18,2)) and at most 2 decimals; no sign, no
	 * thousands separator.
	 */
	static final Pattern MONEY = Pattern.compile("\\d{1,16}(\\.\\d{1,2})?");

	/**
	 * A decimal with at most 4 decimals (numeric(5,4)); a sign is allowed so a negative
	 * ratio is "out of range".
	 */
	static final Pattern RATIO = Pattern.compile("-?\\d{1,3}(\\.\\d{1,4})?");

	private CatalogueCsv() {
	}

	static List<CatalogueRow> parse(byte[] content, SystemKind kind, ImportErrors errors) {
		if (!kind.isCatalogue()) {
			throw new IllegalArgumentException(kind + " is not a catalogue");
		}
		List<CatalogueRow> rows = new ArrayList<>();
		Map<String, Integer> firstLine = new HashMap<>();
		ImportCsv.read(content, REQUIRED, OPTIONAL, errors, f -> {
			String code = code(f, kind, f.required("code", 50));
			String name = f.required("name", 300);
			InsuranceClass cls = insuranceClass(f);
			BigDecimal ratio = ratio(f, cls);
			BigDecimal price = money(f, "price");
			if (kind == SystemKind.SERVICE && f.blank("price")) {
				f.error("price", TerminologyErrors.REQUIRED_VALUE, "");
			}
			BigDecimal cap = money(f, "price_cap");
			var from = f.date("effective_from");
			var to = f.date("effective_to");
			f.dateOrder(from, to);
			var row = new CatalogueRow(f.line(), code, name, name == null ? "" : ConceptCsv.pinyin(name),
					f.optional("category", 100), f.optional("specification", 300), f.optional("dosage_form", 100),
					f.optional("unit", 40), f.optional("manufacturer", 300), price, cap, cls, ratio,
					f.optional("restriction", 1000), from, to, profile(f, kind, code, name));
			if (code != null) {
				Integer first = firstLine.putIfAbsent(code, f.line());
				if (first != null) {
					f.error("code", TerminologyErrors.DUPLICATE_CODE, code, String.valueOf(first));
				}
			}
			if (f.ok()) {
				rows.add(row);
			}
		});
		return rows;
	}

	/**
	 * Checks the national code shape of the kind: X/Z/T for drugs, C for consumables, a
	 * digit for services.
	 */
	private static String code(ImportCsv.Fields f, SystemKind kind, String code) {
		if (code == null) {
			return null;
		}
		if (!CODE.matcher(code).matches()) {
			f.error("code", TerminologyErrors.BAD_CODE, code);
			return null;
		}
		char first = code.charAt(0);
		boolean fits = switch (kind) {
			case DRUG -> first == 'X' || first == 'Z' || first == 'T';
			case CONSUMABLE -> first == 'C';
			case SERVICE -> Character.isDigit(first);
			default -> false;
		};
		if (!fits) {
			f.error("code", TerminologyErrors.CODE_NOT_OF_KIND, code, kind.name());
			return null;
		}
		return code;
	}

	/**
	 * The drug profile of a drug or consumable line. A 西药's national code carries its ATC
	 * level-4 class in characters 2–6 ({@code XJ01CA…} is J01CA), used when the file
	 * gives none; a given class must be at least that precise.
	 */
	private static DrugProfile profile(ImportCsv.Fields f, SystemKind kind, String code, String name) {
		if (kind == SystemKind.SERVICE) {
			return DrugProfile.NONE;
		}
		String atc = f.optional("atc_code", 7);
		if (atc != null && !ATC.matcher(atc).matches()) {
			f.error("atc_code", TerminologyErrors.BAD_ATC, atc);
			atc = null;
		}
		if (atc == null && code != null && code.startsWith("X") && code.length() >= 6
				&& ATC.matcher(code.substring(1, 6)).matches()) {
			atc = code.substring(1, 6);
		}
		int factor = 1;
		String v = f.optional("unit_factor", 6);
		if (v != null) {
			if (v.matches("\\d{1,6}") && Integer.parseInt(v) >= 1 && Integer.parseInt(v) <= 100_000) {
				factor = Integer.parseInt(v);
			}
			else {
				f.error("unit_factor", TerminologyErrors.BAD_UNIT_FACTOR, v);
			}
		}
		String generic = f.optional("generic_name", 200);
		return new DrugProfile(generic == null && kind == SystemKind.DRUG ? name : generic, atc,
				f.optional("minimum_unit", 20), factor, flag(f, "essential"), flag(f, "negotiated"),
				flag(f, "procured"));
	}

	/** Y/N, 是/否, 1/0, true/false; blank is no. */
	private static boolean flag(ImportCsv.Fields f, String column) {
		String v = f.optional(column, 10);
		if (v == null) {
			return false;
		}
		return switch (v.toLowerCase(java.util.Locale.ROOT)) {
			case "y", "是", "1", "true" -> true;
			case "n", "否", "0", "false" -> false;
			default -> {
				f.error(column, TerminologyErrors.BAD_FLAG, v);
				yield false;
			}
		};
	}

	private static InsuranceClass insuranceClass(ImportCsv.Fields f) {
		String v = f.required("insurance_class", 10);
		if (v == null) {
			return null;
		}
		var cls = InsuranceClass.parse(v);
		if (cls.isEmpty()) {
			f.error("insurance_class", TerminologyErrors.BAD_CLASS, v);
		}
		return cls.orElse(null);
	}

	private static BigDecimal ratio(ImportCsv.Fields f, InsuranceClass cls) {
		String v = f.optional("self_pay_ratio", 20);
		if (v == null) {
			if (cls == null) {
				return null;
			}
			var implied = cls.impliedSelfPayRatio();
			if (implied.isEmpty()) {
				f.error("self_pay_ratio", TerminologyErrors.REQUIRED_VALUE, "");
			}
			return implied.orElse(null);
		}
		if (!RATIO.matcher(v).matches()) {
			f.error("self_pay_ratio", TerminologyErrors.BAD_RATIO, v);
			return null;
		}
		BigDecimal ratio = new BigDecimal(v);
		if (ratio.signum() < 0 || ratio.compareTo(BigDecimal.ONE) > 0
				|| (cls == InsuranceClass.B && ratio.compareTo(BigDecimal.ONE) == 0)) {
			f.error("self_pay_ratio", TerminologyErrors.RATIO_OUT_OF_RANGE, v);
			return null;
		}
		if (cls != null && !cls.allows(ratio)) {
			f.error("self_pay_ratio", TerminologyErrors.RATIO_CLASS_MISMATCH, v,
					cls.impliedSelfPayRatio().map(BigDecimal::toPlainString).orElse(""));
			return null;
		}
		return ratio;
	}

	private static BigDecimal money(ImportCsv.Fields f, String column) {
		String v = f.optional(column, 20);
		if (v == null) {
			return null;
		}
		if (!MONEY.matcher(v).matches()) {
			f.error(column, TerminologyErrors.BAD_PRICE, v);
			return null;
		}
		return new BigDecimal(v).setScale(2);
	}

}
