package org.sanyi.drg.scheme;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.drg.DrgErrors;
import org.sanyi.drg.DrgSchemeInfo;
import org.sanyi.drg.DrgSchemeInfo.RegionAssignment;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Service;

/**
 * What the scheme pages and the scheme REST API show: the list with load state, one
 * scheme with its files, and its catalogue (MDC → ADRG → DRG, lists, code search).
 * Catalogues are built on first view and the two most recently used are kept (the
 * national one is about 15 MB).
 */
@Service
class SchemeBrowser {

	private static final Logger log = LoggerFactory.getLogger(SchemeBrowser.class);

	private static final int CACHED_CATALOGUES = 2;

	private final SchemeRepository repository;

	private final SchemeRuntime runtime;

	private final Map<Long, SchemeCatalogue> catalogues = new LinkedHashMap<>(4, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<Long, SchemeCatalogue> eldest) {
			return size() > CACHED_CATALOGUES;
		}
	};

	SchemeBrowser(SchemeRepository repository, SchemeRuntime runtime) {
		this.repository = repository;
		this.runtime = runtime;
	}

	/**
	 * A scheme in the list: its record and, when compiled on this node, how long that
	 * took.
	 */
	public record Listed(DrgSchemeInfo info, Long compileMillis) {

		public boolean loaded() {
			return compileMillis != null;
		}

	}

	/** A stored file of a scheme. */
	public record StoredFile(String name, int bytes, int lines, String sha256) {

	}

	public List<Listed> list() {
		List<RegionAssignment> assignments = repository.assignments();
		return repository.all()
			.stream()
			.map(row -> new Listed(row.info(assignments.stream().filter(a -> a.schemeId() == row.id()).toList()),
					runtime.compileMillis(row.id()).orElse(null)))
			.toList();
	}

	public Listed scheme(long id) {
		return repository.find(id)
			.map(row -> new Listed(row.info(repository.assignments().stream().filter(a -> a.schemeId() == id).toList()),
					runtime.compileMillis(id).orElse(null)))
			.orElseThrow(() -> new BusinessException(DrgErrors.SCHEME_NOT_FOUND, id));
	}

	public List<StoredFile> files(long id) {
		return repository.fileList(id)
			.stream()
			.map(f -> new StoredFile(f.name(), f.bytes(), f.lines(), f.sha256()))
			.toList();
	}

	/** The text of one stored file, for download. */
	public Optional<String> file(long id, String name) {
		return repository.file(id, name);
	}

	public SchemeCatalogue catalogue(long id) {
		synchronized (catalogues) {
			SchemeCatalogue cached = catalogues.get(id);
			if (cached != null) {
				return cached;
			}
		}
		Map<String, String> files = repository.files(id);
		if (files.isEmpty()) {
			throw new BusinessException(DrgErrors.SCHEME_NOT_FOUND, id);
		}
		long start = System.nanoTime();
		SchemeCatalogue catalogue = SchemeCatalogue.of(files);
		log.info("DRG scheme {} catalogue built in {} ms", id, (System.nanoTime() - start) / 1_000_000);
		synchronized (catalogues) {
			catalogues.put(id, catalogue);
		}
		return catalogue;
	}

}
