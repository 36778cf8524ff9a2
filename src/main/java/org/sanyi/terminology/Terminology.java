package org.sanyi.terminology;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;

/**
 * Reading code systems and catalogues. Every lookup is made for a day: the answer comes
 * from the version in force that day (the active version with the latest start on or
 * before it, unless its end has passed), so a settlement of last year keeps its codes
 * after a new version is imported. Codes compare exactly ({@code I10.x00}).
 */
public interface Terminology {

	/** Every version of every system, by system code and then newest first. */
	List<CodeSystem> systems();

	Optional<CodeSystem> version(String system, String version);

	/** The version of {@code system} in force on {@code on}. */
	Optional<CodeSystem> versionInForce(String system, LocalDate on);

	/**
	 * The concept as the version in force on {@code on} defines it, if the code is valid
	 * that day.
	 */
	Optional<Concept> lookup(String system, String code, LocalDate on);

	/** The concept of one named version, regardless of dates. */
	Optional<Concept> lookupInVersion(String system, String version, String code);

	/** Many codes in one query; codes not valid on {@code on} are absent from the map. */
	Map<String, Concept> lookupAll(String system, Collection<String> codes, LocalDate on);

	default boolean isValid(String system, String code, LocalDate on) {
		return lookup(system, code, on).isPresent();
	}

	/**
	 * All concepts of a (small) dictionary in force on {@code on}, in file order, for
	 * select boxes. At most 2,000.
	 */
	List<Concept> dictionary(String system, LocalDate on);

	/**
	 * Searches the version in force today by code prefix, part of the name or pinyin
	 * initials.
	 */
	Page<Concept> search(String system, String keyword, PageQuery page);

	/** Searches one version ({@code version} blank: the one in force today). */
	Page<Concept> search(String system, String version, String keyword, PageQuery page);

	/**
	 * The catalogue item with this national code in the catalogue versions in force on
	 * {@code on}.
	 */
	Optional<CatalogueItem> catalogueItem(String code, LocalDate on);

	Page<CatalogueItem> searchCatalogue(CatalogueQuery query, PageQuery page);

}
