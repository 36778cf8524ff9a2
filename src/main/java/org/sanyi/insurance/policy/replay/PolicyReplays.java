package org.sanyi.insurance.policy.replay;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.engine.PolicyVersion;
import org.sanyi.insurance.policy.PolicyService;
import org.sanyi.insurance.policy.PolicyService.StoredVersion;
import org.sanyi.insurance.policy.replay.engine.ReplayResult;
import org.sanyi.insurance.policy.replay.engine.ReplayRun;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Policy replay: a version, usually a draft waiting for review, re-settles a recorded
 * fund year of its pooling region and scheme with the pure engine on every core
 * ({@link ReplayRun}), and its report (fund spend, out-of-pocket, people affected, by
 * scheme, hospital level and county, before and after) is kept for the version's page.
 * Everything is checked before a run is stored (the version in the user's scope, the
 * year, each typed value naming its field); the run itself is a background job whose
 * progress the page polls.
 */
@Service
public class PolicyReplays {

	private static final Logger log = LoggerFactory.getLogger(PolicyReplays.class);

	/** Progress is written at most this often (nanoseconds). */
	private static final long PROGRESS_NANOS = 1_000_000_000L;

	private final PolicyService policies;

	private final RecordedYear recorded;

	private final ReplayJobRepository jobs;

	private final MessageSource messages;

	private final Clock clock;

	PolicyReplays(PolicyService policies, RecordedYear recorded, ReplayJobRepository jobs, MessageSource messages,
			Clock insuranceClock) {
		this.policies = policies;
		this.recorded = recorded;
		this.jobs = jobs;
		this.messages = messages;
		this.clock = insuranceClock;
	}

	/** A checked request: the version, its rules with the typed values, the year. */
	private record Prepared(StoredVersion version, PolicyVersion rules, int year, Map<String, String> overrides) {
	}

	/**
	 * Starts a replay in the background and returns the run's id; what is wrong with the
	 * request fails before anything is stored.
	 */
	public long start(long policyId, String year, Map<String, String> overrides, String user, DataScope scope) {
		Prepared prepared = prepare(policyId, year, overrides, scope);
		long id = store(prepared, user);
		Thread.ofVirtual().name("policy-replay-" + id).start(() -> run(id, prepared));
		return id;
	}

	/** Runs a replay to its end in this thread (the demo); returns the run. */
	public ReplayJob runNow(long policyId, int year, Map<String, String> overrides, String user, DataScope scope) {
		Prepared prepared = prepare(policyId, String.valueOf(year), overrides, scope);
		long id = store(prepared, user);
		run(id, prepared);
		return jobs.find(id).orElseThrow();
	}

	/** A run of a version visible in the scope. */
	public Optional<ReplayJob> job(long id, DataScope scope) {
		return jobs.find(id).filter(job -> visible(job.policyId(), scope));
	}

	/** The latest run of a version visible in the scope. */
	public Optional<ReplayJob> latest(long policyId, DataScope scope) {
		policies.stored(policyId, scope);
		return jobs.latest(policyId);
	}

	/** The years offered: the current one and the four before it. */
	public int[] years() {
		int now = LocalDate.now(clock).getYear();
		return new int[] { now, now - 1, now - 2, now - 3, now - 4 };
	}

	private Prepared prepare(long policyId, String yearText, Map<String, String> overrides, DataScope scope) {
		StoredVersion version = policies.stored(policyId, scope);
		if (!scope.coversRegion(version.region())) {
			throw BusinessException.notFound("policy", policyId);
		}
		int year = year(yearText);
		Map<String, String> typed = new TreeMap<>(overrides == null ? Map.of() : overrides);
		PolicyVersion rules = typed.isEmpty() ? version.rules() : PolicyService.withValues(version.rules(), typed);
		return new Prepared(version, rules, year, typed);
	}

	/**
	 * A fund year that has ended or is running; INS-0052 naming {@code year} otherwise.
	 */
	private int year(String text) {
		int now = LocalDate.now(clock).getYear();
		try {
			int year = Integer.parseInt(text == null ? "" : text.trim());
			if (year >= 1990 && year <= now) {
				return year;
			}
		}
		catch (NumberFormatException ex) {
			// refused below
		}
		throw new BusinessException(InsuranceErrors.POLICY_PARAMETER_INVALID, "year", text == null ? "" : text);
	}

	private long store(Prepared p, String user) {
		long total = recorded.count(p.version().region(), p.version().insutype(), p.year());
		return jobs.start(p.version().id(), p.year(), p.overrides(), total, user);
	}

	private void run(long id, Prepared p) {
		long started = System.nanoTime();
		AtomicLong lastWrite = new AtomicLong(started);
		ReplayRun run = new ReplayRun(p.rules(), p.year(), Runtime.getRuntime().availableProcessors(), done -> {
			long now = System.nanoTime();
			long last = lastWrite.get();
			if (now - last > PROGRESS_NANOS && lastWrite.compareAndSet(last, now)) {
				jobs.progress(id, done);
			}
		});
		try {
			recorded.read(p.version().region(), p.version().insutype(), p.year(), run::person);
			ReplayResult result = run.finish();
			jobs.finish(id, result);
			log.info("Policy replay {}: {} over {}: {} settlements, {} changed, {} refused in {} ms", id,
					p.version().code(), p.year(), result.settlements(), result.changedSettlements(),
					result.refusedSettlements(), (System.nanoTime() - started) / 1_000_000);
		}
		catch (RuntimeException ex) {
			run.abandon();
			log.warn("Policy replay {} failed", id, ex);
			jobs.fail(id, describe(ex));
		}
	}

	private String describe(RuntimeException ex) {
		if (ex instanceof BusinessException business) {
			return business.error().code() + " "
					+ messages.getMessage(business.error().messageKey(), business.args(), Locale.SIMPLIFIED_CHINESE);
		}
		return ex.getClass().getSimpleName();
	}

	private boolean visible(long policyId, DataScope scope) {
		try {
			policies.stored(policyId, scope);
			return true;
		}
		catch (BusinessException ex) {
			return false;
		}
	}

}
