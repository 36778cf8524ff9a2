package org.sanyi.drg.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sanyi.drg.DrgErrors;
import org.sanyi.drg.DrgMonthSettled;
import org.sanyi.drg.engine.CasePayment;
import org.sanyi.drg.engine.CasePayment.Outcome;
import org.sanyi.drg.engine.CasePayment.Rules;
import org.sanyi.drg.engine.MonthSummary;
import org.sanyi.drg.engine.MonthSummary.PaidCase;
import org.sanyi.drg.grouper.GroupingStatus;
import org.sanyi.drg.parameter.ParameterRepository.VersionRow;
import org.sanyi.drg.parameter.ParameterRepository.WeightRow;
import org.sanyi.drg.parameter.ParameterService;
import org.sanyi.security.DataScope;
import org.sanyi.shared.BusinessException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The monthly DRG settlement of a hospital: every current settlement list of an
 * unreversed settlement discharged in the month is paid by {@link CasePayment} with the
 * parameter version in force for its region and discharge date, the month summed up by
 * {@link MonthSummary}, both stored (replacing an earlier run of the same month) and
 * {@link DrgMonthSettled} published. Runs as a job on the 5th of each month for the month
 * before, and as an action of the bureau on the report page.
 */
@Service
public class MonthSettlementService {

	private static final Logger log = LoggerFactory.getLogger(MonthSettlementService.class);

	static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

	private final MonthRepository months;

	private final ParameterService parameters;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	private final Clock clock;

	MonthSettlementService(MonthRepository months, ParameterService parameters, ApplicationEventPublisher events,
			TransactionTemplate transactions) {
		this.months = months;
		this.parameters = parameters;
		this.events = events;
		this.transactions = transactions;
		this.clock = Clock.system(CHINA);
	}

	/** A case of the month with what payment needs. */
	record MonthCase(String setlListId, String setlId, String status, String drg, String drgName, String schemeRegion,
			LocalDate dscgDate, int los, BigDecimal cost, BigDecimal fund) {
	}

	/**
	 * Settles one hospital's month in its own transaction; empty months remove an earlier
	 * result.
	 */
	public DrgMonthSettled settle(String institution, YearMonth month, String by) {
		checkMonth(month);
		return transactions.execute(status -> settleInTransaction(institution, month, by));
	}

	/**
	 * Settles every hospital in the scope with lists discharged in the month; returns how
	 * many were settled.
	 */
	public int settleAll(YearMonth month, String by, DataScope scope) {
		checkMonth(month);
		List<String> institutions = months.institutionsWithLists(month, scope.kind() == DataScope.Kind.ALL,
				scope.regionPrefix(), scope.institutionCode() == null ? "~" : scope.institutionCode());
		int settled = 0;
		for (String institution : institutions) {
			if (settle(institution, month, by) != null) {
				settled++;
			}
		}
		return settled;
	}

	/** The job: on the 5th, the month before, for every hospital. */
	@Scheduled(cron = "${sanyi.drg.settlement.cron:0 0 4 5 * *}", zone = "Asia/Shanghai")
	@SchedulerLock(name = "drg-month-settlement", lockAtMostFor = "PT2H", lockAtLeastFor = "PT5M")
	void monthly() {
		YearMonth month = YearMonth.now(clock).minusMonths(1);
		try {
			int n = settleAll(month, "system", DataScope.all());
			log.info("DRG month {} settled for {} hospitals", month, n);
		}
		catch (BusinessException ex) {
			log.warn("DRG month {} not settled: {} {}", month, ex.error().code(), List.of(ex.args()));
		}
	}

	private void checkMonth(YearMonth month) {
		if (month == null || month.isAfter(YearMonth.now(clock))) {
			throw new BusinessException(DrgErrors.MONTH_INVALID, String.valueOf(month));
		}
	}

	private DrgMonthSettled settleInTransaction(String institution, YearMonth month, String by) {
		List<MonthCase> cases = months.cases(institution, month);
		months.delete(institution, month);
		if (cases.isEmpty()) {
			return null;
		}
		String region = months.institutionRegion(cases.getFirst().setlId());
		Map<String, List<VersionRow>> approvedByRegion = new HashMap<>();
		Map<Long, Map<String, WeightRow>> weightsByVersion = new HashMap<>();
		List<PaidCase> paid = new ArrayList<>();
		List<Object[]> rows = new ArrayList<>();
		VersionRow last = null;
		for (MonthCase c : cases) {
			List<VersionRow> approved = approvedByRegion.computeIfAbsent(c.schemeRegion(), parameters::approvedFor);
			VersionRow v = ParameterService.pick(approved, c.dscgDate())
				.orElseThrow(() -> new BusinessException(DrgErrors.NO_PARAMETERS, c.schemeRegion(),
						c.dscgDate().toString()));
			last = v;
			Map<String, WeightRow> weights = weightsByVersion.computeIfAbsent(v.id(), id -> {
				Map<String, WeightRow> m = new HashMap<>();
				parameters.weights(id).forEach(w -> m.put(w.drg(), w));
				return m;
			});
			WeightRow w = weights.get(c.drg());
			BigDecimal rw = w == null ? null : w.rw();
			BigDecimal mean = w == null ? null : w.meanCost();
			BigDecimal patient = c.cost().subtract(c.fund());
			Outcome o = CasePayment.pay(
					new CasePayment.Case(GroupingStatus.ofCode(c.status()), rw, mean, c.cost(), patient, c.fund()),
					new Rules(v.baseRate(), v.highFactor(), v.highRatio(), v.lowFactor()));
			BigDecimal caseRw = o.kind() == CasePayment.Kind.FFS ? null : rw;
			paid.add(new PaidCase(c.drg(), caseRw, mean, w == null ? null : w.meanLos(), c.cost(), c.los(), o.kind(),
					c.fund(), o.drgFund(), o.surplus()));
			rows.add(new Object[] { c.setlListId(), c.setlId(), c.drg(), c.drgName(), o.kind().name(),
					o.ffsReason() == null ? null : o.ffsReason().name(), caseRw, mean, w == null ? null : w.meanLos(),
					c.cost(), c.los(), patient, c.fund(), o.standard(), o.drgFund() });
		}
		MonthSummary.Result m = MonthSummary.summarise(paid);
		long id = months.insert(institution, region, month, last.id(), m, by);
		months.insertCases(id, rows);
		DrgMonthSettled event = new DrgMonthSettled(institution, region, month, m.cases(), m.drgCases(), m.ffsCases(),
				m.highCases(), m.lowCases(), m.cmi(), m.drgFund(), m.ffsFund(), m.settleRate(), m.surplus(),
				m.costIndex(), m.timeIndex(), last.code(), OffsetDateTime.now(clock), groups(m, cases));
		events.publishEvent(event);
		return event;
	}

	/** The month's DRGs with their names, for the disease mix. */
	private static List<DrgMonthSettled.Group> groups(MonthSummary.Result m, List<MonthCase> cases) {
		Map<String, String> names = new HashMap<>();
		for (MonthCase c : cases) {
			if (c.drg() != null && c.drgName() != null) {
				names.putIfAbsent(c.drg(), c.drgName());
			}
		}
		List<DrgMonthSettled.Group> groups = new ArrayList<>();
		for (MonthSummary.Group g : m.groups()) {
			if (g.drg() != null) {
				groups.add(new DrgMonthSettled.Group(g.drg(), names.getOrDefault(g.drg(), g.drg()), g.cases(),
						g.drgFund(), g.cost(), g.days()));
			}
		}
		return groups;
	}

}
