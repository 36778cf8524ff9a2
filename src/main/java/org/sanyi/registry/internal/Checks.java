package org.sanyi.registry.internal;

import java.util.Set;

import org.sanyi.registry.InstitutionCode;
import org.sanyi.registry.RegistryAdmin.NewInstitution;
import org.sanyi.registry.RegistryAdmin.NewStaff;
import org.sanyi.registry.RegistryErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.SharedErrors;

import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Field checks of single records, with no database: what is wrong is named by the record
 * (its code) and the field. Checks against existing rows (duplicates, references) are the
 * service's.
 */
final class Checks {

	private Checks() {
	}

	static String required(String record, String field, String value) {
		if (value == null || value.isBlank()) {
			throw new BusinessException(RegistryErrors.REQUIRED_FIELD, record, field);
		}
		return value.trim();
	}

	static <T> T required(String record, String field, T value) {
		if (value == null) {
			throw new BusinessException(RegistryErrors.REQUIRED_FIELD, record, field);
		}
		return value;
	}

	/**
	 * Everything about an institution that needs no database; returns the record's
	 * display name for errors.
	 */
	static void institution(NewInstitution i) {
		String code = required("?", "code", i.code());
		if (!InstitutionCode.isValid(code)) {
			throw new BusinessException(RegistryErrors.INVALID_INSTITUTION_CODE, code);
		}
		required(code, "name", i.name());
		required(code, "kind", i.kind());
		required(code, "grade", i.grade());
		required(code, "region_code", i.regionCode());
		required(code, "ownership", i.ownership());
		required(code, "status", i.status());
		if (!InstitutionCode.fitsKind(code, i.kind())) {
			throw new BusinessException(RegistryErrors.KIND_CODE_MISMATCH, code, label("registry.kind." + i.kind()));
		}
		if (i.beds() < 0) {
			throw new BusinessException(RegistryErrors.INVALID_VALUE, code, "beds", i.beds());
		}
		if (i.name().length() > 200 || (i.address() != null && i.address().length() > 300)) {
			throw new BusinessException(RegistryErrors.INVALID_VALUE, code, "name/address", "too long");
		}
	}

	static void staff(NewStaff s, int index) {
		String record = s.name() == null || s.name().isBlank() ? "#" + (index + 1)
				: s.name() + " (#" + (index + 1) + ")";
		required(record, "institution_code", s.institutionCode());
		required(record, "name", s.name());
		required(record, "kind", s.kind());
		required(record, "title", s.title());
		if (!"1".equals(s.sex()) && !"2".equals(s.sex())) {
			throw new BusinessException(RegistryErrors.INVALID_VALUE, record, "sex", s.sex());
		}
		if (s.title().kind() != s.kind()) {
			throw new BusinessException(RegistryErrors.TITLE_KIND_MISMATCH, record,
					label("registry.title." + s.title()), label("registry.staffKind." + s.kind()));
		}
	}

	/**
	 * Throws {@code duplicate} when {@code key} was seen before in this batch or exists
	 * already.
	 */
	static void unique(Set<String> seen, Set<String> existing, String key, RegistryErrors duplicate, Object... args) {
		if (!seen.add(key) || existing.contains(key)) {
			throw new BusinessException(duplicate, args);
		}
	}

	/** SH-0004 "not found" with the kind of thing in the reader's language. */
	static BusinessException notFound(String whatKey, Object id) {
		return new BusinessException(SharedErrors.NOT_FOUND, label(whatKey), id);
	}

	/**
	 * A message argument translated when the error is shown, so it reads right in either
	 * language.
	 */
	static DefaultMessageSourceResolvable label(String key) {
		return new DefaultMessageSourceResolvable(new String[] { key }, key);
	}

}
