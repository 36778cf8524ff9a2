package org.sanyi.demo;

import java.time.LocalDate;

import org.sanyi.clinical.QualityAssessments;
import org.sanyi.demo.internal.Facility;
import org.sanyi.registry.Institution.Kind;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The quality assessments mutual recognition requires: every hospital's laboratory passed
 * the provincial external quality assessment (室间质评) of 2025 and 2026 and its imaging
 * department the provincial imaging QC, health centres' laboratories too; except the
 * first TCM hospital, whose laboratory failed in 2026 (its results are not offered).
 */
@Component
@Order(440)
class DemoRecognition implements DemoStep {

	private final QualityAssessments assessments;

	private final DemoYear year;

	DemoRecognition(QualityAssessments assessments, DemoYear year) {
		this.assessments = assessments;
		this.year = year;
	}

	@Override
	public String name() {
		return "recognition quality assessments";
	}

	@Override
	public boolean run() {
		if (assessments.any()) {
			return false;
		}
		boolean failedOne = false;
		for (Facility f : year.facilities()) {
			boolean hospital = f.kind().isHospital();
			boolean centre = f.kind() == Kind.TOWNSHIP_HEALTH_CENTRE || f.kind() == Kind.COMMUNITY_HEALTH_CENTRE;
			if (!hospital && !centre) {
				continue;
			}
			boolean fails = !failedOne && f.kind() == Kind.TCM_HOSPITAL;
			failedOne |= fails;
			for (int y : new int[] { 2025, 2026 }) {
				LocalDate on = LocalDate.of(y, 4, 15);
				assessments.record(f.code(), "LAB", !(fails && y == 2026), on, on.plusYears(1).minusDays(1),
						"福建省临床检验中心室间质评 " + y);
				if (hospital) {
					assessments.record(f.code(), "IMAGING", true, on, on.plusYears(1).minusDays(1),
							"福建省医学影像质控中心质控认证 " + y);
				}
			}
		}
		return true;
	}

}
