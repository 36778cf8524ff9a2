package org.sanyi.demo;

import java.math.BigDecimal;
import java.math.MathContext;

import org.springframework.stereotype.Component;

/**
 * Tells the pages that show totals of demo activity (settlements, ledger, budgets, DRG
 * report) what sample of a real city the numbers are:
 * {@code ${@demoSampleNote.sample()}}, shown by {@code fragments/demo :: sample} as
 * "演示数据：住院按 0.5% 抽样，门诊按 0.02% 抽样". Null when the demo region is off, so a real region's
 * pages show nothing. Asked by the fragment, not a model attribute of a controller advice
 * (which ran for every request, REST calls included).
 */
@Component("demoSampleNote")
public class DemoSampleNote {

	private final Sample sample;

	DemoSampleNote(DemoProperties properties) {
		this.sample = properties.enabled()
				? new Sample(percent(properties.inpatientSample()), percent(properties.outpatientSample())) : null;
	}

	/**
	 * @param inpatient the share of residents and discharges, as a percentage
	 * ({@code 0.5%})
	 * @param outpatient the share of outpatient visits
	 */
	public record Sample(String inpatient, String outpatient) {
	}

	public Sample sample() {
		return sample;
	}

	/** {@code 0.005} → {@code 0.5%}, to three significant digits. */
	static String percent(double ratio) {
		return BigDecimal.valueOf(ratio * 100).round(new MathContext(3)).stripTrailingZeros().toPlainString() + "%";
	}

}
