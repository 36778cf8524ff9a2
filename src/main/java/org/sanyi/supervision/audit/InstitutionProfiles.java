package org.sanyi.supervision.audit;

import java.time.Duration;

import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.shared.TtlCache;
import org.sanyi.supervision.engine.InstitutionType;

import org.springframework.stereotype.Component;

/**
 * An institution's level and type as the rules see them, from the registry, cached five
 * minutes: 3101/3102, the prescription pre-check, the live settlement guard and the batch
 * audit all ask per claim. An institution the registry does not know has level 0 and no
 * type (every rule applies).
 */
@Component
public class InstitutionProfiles {

	private final Registry registry;

	private final TtlCache<String, Profile> cache = new TtlCache<>(Duration.ofMinutes(5), 10_000);

	InstitutionProfiles(Registry registry) {
		this.registry = registry;
	}

	/**
	 * An institution's level 0–3 and type.
	 *
	 * @param type {@code null} when the registry does not know the institution
	 */
	public record Profile(int level, InstitutionType type) {
	}

	public Profile of(String institutionCode) {
		if (institutionCode == null || institutionCode.isBlank()) {
			return new Profile(0, null);
		}
		return cache.get(institutionCode,
				code -> registry.institution(code)
					.map(i -> new Profile(i.grade().level(), type(i.kind())))
					.orElse(new Profile(0, null)));
	}

	/** The type of institution ({@code null} when the registry does not know it). */
	public InstitutionType type(String institutionCode) {
		return of(institutionCode).type();
	}

	/** The rule template's type of a registry kind (卫生机构类别). */
	public static InstitutionType type(Institution.Kind kind) {
		return switch (kind) {
			case GENERAL_HOSPITAL -> InstitutionType.GENERAL;
			case TCM_HOSPITAL -> InstitutionType.TCM;
			case MATERNAL_CHILD -> InstitutionType.SPECIALTY;
			case TOWNSHIP_HEALTH_CENTRE, COMMUNITY_HEALTH_CENTRE, VILLAGE_CLINIC -> InstitutionType.PRIMARY;
			case PHARMACY -> InstitutionType.PHARMACY;
		};
	}

}
