package org.sanyi.supervision.engine;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * The knowledge base's restrictions of one national code (规则_药品限制 / 规则_诊疗限制). Every limit
 * is optional: {@code null} or empty means none.
 *
 * @param code national code
 * @param sex the only sex it may be billed for
 * @param minAge lowest age in full years
 * @param maxAge highest age in full years
 * @param childOnly 限儿童 (the age limit is the rule's {@code max_age})
 * @param minLevel lowest hospital level (1–3)
 * @param scenes the only scenes it may be billed in
 * @param indications ICD-10 code prefixes of the diagnoses it is paid for (限适应症)
 * @param requires codes of which one must be billed in the same visit (关联项目)
 * @param maxDays most days a single supply may last
 * @param maxPerDay most units a day
 * @param courseDays most days of one course in a visit
 * @param priceCap payment standard per unit
 * @param departments department-code prefixes (科室代码) that alone may bill it (限科室)
 * @param maxAmount the most a visit may bill of it (限定最高金额)
 */
public record Restriction(String code, Sex sex, Integer minAge, Integer maxAge, boolean childOnly, Integer minLevel,
		Set<Scene> scenes, List<String> indications, List<String> requires, Integer maxDays, BigDecimal maxPerDay,
		Integer courseDays, BigDecimal priceCap, List<String> departments, BigDecimal maxAmount) {

	public Restriction {
		scenes = Set.copyOf(scenes);
		indications = List.copyOf(indications);
		requires = List.copyOf(requires);
		departments = List.copyOf(departments);
	}

	/** A restriction without department or amount limits. */
	public Restriction(String code, Sex sex, Integer minAge, Integer maxAge, boolean childOnly, Integer minLevel,
			Set<Scene> scenes, List<String> indications, List<String> requires, Integer maxDays, BigDecimal maxPerDay,
			Integer courseDays, BigDecimal priceCap) {
		this(code, sex, minAge, maxAge, childOnly, minLevel, scenes, indications, requires, maxDays, maxPerDay,
				courseDays, priceCap, List.of(), null);
	}

	/** Whether a department (its code) may bill the item; an unknown one may. */
	public boolean billableBy(String department) {
		if (departments.isEmpty() || department == null || department.isBlank()) {
			return true;
		}
		for (String prefix : departments) {
			if (department.startsWith(prefix)) {
				return true;
			}
		}
		return false;
	}

	/** Whether one of the diagnoses starts with one of the indication prefixes. */
	public boolean indicated(List<String> diagnoses) {
		for (String diagnosis : diagnoses) {
			for (String prefix : indications) {
				if (diagnosis.startsWith(prefix)) {
					return true;
				}
			}
		}
		return false;
	}

}
