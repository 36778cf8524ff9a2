package org.sanyi.drg.scheme;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.drg.DrgErrors;
import org.sanyi.drg.DrgSchemeInfo.RegionAssignment;
import org.sanyi.drg.grouper.DrgGrouper;
import org.sanyi.drg.grouper.DrgScheme;
import org.sanyi.drg.grouper.DrgSchemeLoader;
import org.sanyi.drg.grouper.DrgSchemeRegistry;
import org.sanyi.drg.grouper.DrgSchemeSource;
import org.sanyi.shared.BusinessException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The compiled schemes in memory and the registry that picks one per region and discharge
 * date. Schemes are compiled from their stored files: the assigned ones when the registry
 * is (re)built — at start-up, after every import or assignment on this node, and at most
 * {@code sanyi.drg.scheme-refresh} (30 s) after one on another node — and any other one
 * lazily when it is asked for by id. Compiled schemes are immutable and shared by all
 * threads; the registry is replaced as a whole.
 */
@Component
public class SchemeRuntime {

	private static final Logger log = LoggerFactory.getLogger(SchemeRuntime.class);

	private final SchemeRepository repository;

	private final Map<Long, DrgGrouper> groupers = new ConcurrentHashMap<>();

	private final Map<Long, Long> compileMillis = new ConcurrentHashMap<>();

	private volatile Selection selection;

	/**
	 * How long an assignment made on another node may go unseen here; a rebuild is one
	 * query when nothing changed.
	 */
	private final long refreshNanos;

	SchemeRuntime(SchemeRepository repository, @Value("${sanyi.drg.scheme-refresh:PT30S}") java.time.Duration refresh) {
		this.repository = repository;
		this.refreshNanos = refresh.toNanos();
	}

	/**
	 * The registry, which stored scheme each of its groupers is, and when it was built
	 * (nanoTime).
	 */
	private record Selection(DrgSchemeRegistry registry, Map<DrgGrouper, Long> schemeIds, long builtAt) {

	}

	/** The id of the scheme in force for a region and discharge date. */
	public Optional<Long> schemeIdFor(String regionCode, LocalDate dischargeDate) {
		Selection current = selection();
		return current.registry().find(regionCode, dischargeDate).map(current.schemeIds()::get);
	}

	/** The grouper of a stored scheme, compiling it on first use. */
	public DrgGrouper grouper(long schemeId) {
		DrgGrouper grouper = groupers.get(schemeId);
		if (grouper != null) {
			return grouper;
		}
		synchronized (this) {
			return groupers.computeIfAbsent(schemeId, this::compile);
		}
	}

	/**
	 * Milliseconds the scheme took to compile on this node, empty while it is not loaded.
	 */
	Optional<Long> compileMillis(long schemeId) {
		return Optional.ofNullable(compileMillis.get(schemeId));
	}

	/**
	 * Hands over a scheme the importer has just compiled, so that it is not compiled
	 * twice.
	 */
	void loaded(long schemeId, DrgScheme scheme, long millis) {
		groupers.put(schemeId, new DrgGrouper(scheme));
		compileMillis.put(schemeId, millis);
	}

	/**
	 * Rebuilds the registry from the active assignments, compiling the schemes it needs.
	 * @return how many schemes the registry uses
	 */
	synchronized int refresh() {
		List<RegionAssignment> assignments = repository.activeAssignments();
		List<DrgSchemeRegistry.Entry> entries = new ArrayList<>();
		Map<DrgGrouper, Long> ids = new IdentityHashMap<>();
		for (RegionAssignment a : assignments) {
			DrgGrouper grouper = grouper(a.schemeId());
			ids.put(grouper, a.schemeId());
			entries.add(new DrgSchemeRegistry.Entry(a.regionCode(), a.validFrom(), a.validTo(), grouper));
		}
		selection = new Selection(DrgSchemeRegistry.of(entries), ids, System.nanoTime());
		return ids.size();
	}

	private Selection selection() {
		Selection current = selection;
		if (current == null || stale(current)) {
			synchronized (this) {
				if (selection == null || stale(selection)) {
					refresh();
				}
				current = selection;
			}
		}
		return current;
	}

	private boolean stale(Selection s) {
		return System.nanoTime() - s.builtAt() > refreshNanos;
	}

	private DrgGrouper compile(long schemeId) {
		Map<String, String> files = repository.files(schemeId);
		if (files.isEmpty()) {
			throw new BusinessException(DrgErrors.SCHEME_NOT_FOUND, schemeId);
		}
		long start = System.nanoTime();
		DrgScheme scheme = load(files);
		long millis = (System.nanoTime() - start) / 1_000_000;
		compileMillis.put(schemeId, millis);
		log.info("DRG scheme {} ({}) compiled from the database in {} ms", schemeId, scheme, millis);
		return new DrgGrouper(scheme);
	}

	/**
	 * Loads a scheme from file texts with the engine's loader (which validates
	 * everything).
	 */
	static DrgScheme load(Map<String, String> files) {
		Map<String, Supplier<Reader>> readers = new HashMap<>();
		files.forEach((name, text) -> readers.put(name, () -> new StringReader(text)));
		try {
			return DrgSchemeLoader.load(DrgSchemeSource.of(readers));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
