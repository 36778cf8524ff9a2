package org.sanyi.demo;

import java.math.BigDecimal;
import java.math.MathContext;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells the pages that show totals of demo activity (settlements, ledger, budgets, DRG
 * report) what sample of a real city the numbers are: the model attribute
 * {@code demoSample}, shown by {@code fragments/demo :: sample} as "演示数据：住院按 0.5% 抽样，门诊按
 * 0.02% 抽样". Absent when the demo region is off, so a real region's pages show nothing.
 */
@ControllerAdvice
class DemoSampleNote {

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
	record Sample(String inpatient, String outpatient) {
	}

	@ModelAttribute("demoSample")
	Sample sample() {
		return sample;
	}

	/** {@code 0.005} → {@code 0.5%}, to three significant digits. */
	static String percent(double ratio) {
		return BigDecimal.valueOf(ratio * 100).round(new MathContext(3)).stripTrailingZeros().toPlainString() + "%";
	}

}
