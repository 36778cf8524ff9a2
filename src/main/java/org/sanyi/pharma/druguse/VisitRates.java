package org.sanyi.pharma.druguse;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.List;

import org.sanyi.pharma.procurement.ScopeFilter;
import org.sanyi.security.DataScope;

import org.springframework.stereotype.Service;

/**
 * 门诊/急诊患者抗菌药物使用率 of the viewer's area by month, from the platform's settlements (live and
 * recorded history): the figures the 合理用药 page shows beside the DDD table, the same
 * counts monitoring's indicators sum.
 */
@Service
public class VisitRates {

	/** Months shown. */
	static final int MONTHS = 12;

	private final DrugUseRepository repository;

	VisitRates(DrugUseRepository repository) {
		this.repository = repository;
	}

	/**
	 * A month: outpatient visits, those with a systemic antibacterial and their share in
	 * percent; the same for emergency visits (the share null without visits).
	 */
	public record MonthRate(YearMonth month, long outpatient, long outpatientAntibacterial, BigDecimal outpatientRate,
			long emergency, long emergencyAntibacterial, BigDecimal emergencyRate) {

		/** Above the outpatient target of 20 %. */
		public boolean outpatientOver() {
			return outpatientRate != null && outpatientRate.compareTo(BigDecimal.valueOf(20)) > 0;
		}

		/** Above the emergency target of 40 %. */
		public boolean emergencyOver() {
			return emergencyRate != null && emergencyRate.compareTo(BigDecimal.valueOf(40)) > 0;
		}

	}

	/** The latest months of the scope with settled visits, newest first. */
	public List<MonthRate> latest(DataScope scope) {
		return repository.visitMonths(ScopeFilter.of(scope), MONTHS)
			.stream()
			.map(m -> new MonthRate(YearMonth.from(m.month()), m.outpatient(), m.outpatientAntibacterial(),
					rate(m.outpatientAntibacterial(), m.outpatient()), m.emergency(), m.emergencyAntibacterial(),
					rate(m.emergencyAntibacterial(), m.emergency())))
			.toList();
	}

	/** Part × 100 / whole, two decimals HALF_UP; null for no visits. */
	static BigDecimal rate(long part, long whole) {
		return whole <= 0 ? null
				: BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

}
