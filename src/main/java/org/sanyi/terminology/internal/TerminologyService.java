package org.sanyi.terminology.internal;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.shared.Page;
import org.sanyi.shared.PageQuery;
import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.CatalogueQuery;
import org.sanyi.terminology.CodeSystem;
import org.sanyi.terminology.Concept;
import org.sanyi.terminology.Terminology;
import org.sanyi.terminology.TerminologyErrors;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The {@link Terminology} API, plus what the module's own pages need beyond it (exports
 * of more than a page, the version a browser shows).
 */
@Service
@Transactional(readOnly = true)
public class TerminologyService implements Terminology {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	static final int DICTIONARY_MAX = 2_000;

	private final CodeSystemRepository systems;

	private final ConceptRepository concepts;

	private final CatalogueRepository catalogue;

	TerminologyService(CodeSystemRepository systems, ConceptRepository concepts, CatalogueRepository catalogue) {
		this.systems = systems;
		this.concepts = concepts;
		this.catalogue = catalogue;
	}

	public static LocalDate today() {
		return LocalDate.now(ZONE);
	}

	@Override
	public List<CodeSystem> systems() {
		return systems.all();
	}

	@Override
	public Optional<CodeSystem> version(String system, String version) {
		return systems.find(system, version);
	}

	@Override
	public Optional<CodeSystem> versionInForce(String system, LocalDate on) {
		return systems.inForce(system, on);
	}

	@Override
	public Optional<Concept> lookup(String system, String code, LocalDate on) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return systems.inForce(system, on).flatMap(v -> concepts.findValid(v.id(), code.strip(), on));
	}

	@Override
	public Optional<Concept> lookupInVersion(String system, String version, String code) {
		return systems.find(system, version).flatMap(v -> concepts.find(v.id(), code == null ? "" : code.strip()));
	}

	@Override
	public Map<String, Concept> lookupAll(String system, Collection<String> codes, LocalDate on) {
		Map<String, Concept> found = new LinkedHashMap<>();
		List<String> wanted = codes.stream()
			.filter(c -> c != null && !c.isBlank())
			.map(String::strip)
			.distinct()
			.toList();
		if (wanted.isEmpty()) {
			return found;
		}
		systems.inForce(system, on)
			.ifPresent(v -> concepts.findAllValid(v.id(), wanted, on).forEach(c -> found.put(c.code(), c)));
		return found;
	}

	@Override
	public List<Concept> dictionary(String system, LocalDate on) {
		return systems.inForce(system, on).map(v -> concepts.listValid(v.id(), on, DICTIONARY_MAX)).orElse(List.of());
	}

	@Override
	public Page<Concept> search(String system, String keyword, PageQuery page) {
		return search(system, null, keyword, page);
	}

	@Override
	public Page<Concept> search(String system, String version, String keyword, PageQuery page) {
		CodeSystem v = resolve(system, version);
		// the concepts' own dates matter only when searching "what is valid today"
		LocalDate on = (version == null || version.isBlank()) && v.equals(systems.inForce(system, today()).orElse(null))
				? today() : null;
		Keyword k = Keyword.of(keyword);
		return page.page(concepts.search(v.id(), k, on, page.size(), page.offset()), concepts.count(v.id(), k, on));
	}

	/**
	 * The named version, or the one in force today (else the newest); unknown systems and
	 * versions are errors.
	 */
	public CodeSystem resolve(String system, String version) {
		if (version != null && !version.isBlank()) {
			return systems.find(system, version.strip())
				.orElseThrow(() -> new BusinessException(TerminologyErrors.UNKNOWN_VERSION, system, version));
		}
		return systems.inForce(system, today())
			.orElseGet(() -> systems.latest(system)
				.orElseThrow(() -> new BusinessException(TerminologyErrors.UNKNOWN_SYSTEM, system)));
	}

	/** Up to {@code limit} concepts of a version matching the keyword, for an export. */
	public List<Concept> exportConcepts(CodeSystem version, String keyword, int limit) {
		return concepts.search(version.id(), Keyword.of(keyword), null, limit, 0);
	}

	/** Up to {@code limit} catalogue items matching the query, for an export. */
	public List<CatalogueItem> exportCatalogue(CatalogueQuery q, int limit) {
		return catalogue.search(q.kind(), q.insuranceClass(), Keyword.of(q.keyword()),
				q.on() == null ? today() : q.on(), limit, 0);
	}

	@Override
	public Optional<CatalogueItem> catalogueItem(String code, LocalDate on) {
		if (code == null || code.isBlank()) {
			return Optional.empty();
		}
		return catalogue.findInForce(code.strip(), on);
	}

	@Override
	public Page<CatalogueItem> searchCatalogue(CatalogueQuery q, PageQuery page) {
		LocalDate on = q.on() == null ? today() : q.on();
		Keyword k = Keyword.of(q.keyword());
		return page.page(catalogue.search(q.kind(), q.insuranceClass(), k, on, page.size(), page.offset()),
				catalogue.count(q.kind(), q.insuranceClass(), k, on));
	}

}
