package org.sanyi.demo.internal;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.sanyi.demo.internal.CaseTemplate.Setting;
import org.sanyi.drg.grouper.DrgGrouper;
import org.sanyi.drg.grouper.DrgRecord;
import org.sanyi.drg.grouper.DrgResult;
import org.sanyi.drg.grouper.DrgSchemeLoader;
import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.insurance.InsuranceAdmin.RecordedLine;

/**
 * Prints what the demo year holds at scale 1 (for calibrating the templates; not a test).
 */
public class ActivityReport {

	public static void main(String[] args) throws Exception {
		double sample = args.length > 0 ? Double.parseDouble(args[0]) : 0.01;
		double scale = args.length > 1 ? Double.parseDouble(args[1]) : 1.0;
		long t0 = System.nanoTime();
		DemoCity city = DemoCity.at(scale, sample * scale);
		long t1 = System.nanoTime();
		InsuredActivity.Year year = city.year(sample * scale, sample * scale / 10);
		long t2 = System.nanoTime();
		System.out.printf("persons %d, visits %d, inpatient %d (city %d ms, year %d ms)%n", city.persons().size(),
				year.visits().size(), year.inpatient().size(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000);
		DrgGrouper grouper = new DrgGrouper(DrgSchemeLoader.load(Path.of("src/main/resources/drg/demo-scheme")));
		Map<String, List<double[]>> byTemplate = new TreeMap<>();
		Map<String, int[]> byDrg = new TreeMap<>();
		int ungrouped = 0;
		int listed = 0;
		long lines = 0;
		for (InpatientCase c : year.inpatient().values()) {
			double cost = c.visit()
				.lines()
				.stream()
				.map(l -> l.quantity().multiply(l.unitPrice()))
				.reduce(BigDecimal.ZERO, BigDecimal::add)
				.doubleValue();
			lines += c.visit().lines().size();
			Facility f = city.facility(c.visit().institutionCode());
			String key = c.template().key() + " " + Setting.of(f);
			byTemplate.computeIfAbsent(key, k -> new ArrayList<>())
				.add(new double[] { cost, c.discharge().toEpochDay() - c.admission().toEpochDay() });
			int age = java.time.Period.between(c.patient().birthDate(), c.admission()).getYears();
			DrgResult r = grouper.group(new DrgRecord(c.patient().sex(), age, age * 365, 0, "", 5, "1",
					c.diagnoses().stream().map(Diagnosis::code).toList(),
					c.procedures().stream().map(p -> p.code()).toList()));
			if (Facility.paidByDrg(f.kind(), f.level())) {
				listed++;
				if (!r.grouped()) {
					ungrouped++;
				}
			}
			byDrg.computeIfAbsent(r.drg(), k -> new int[1])[0]++;
		}
		System.out.printf("ungroupable %d of %d lists = %.2f%%, fee lines per stay %.1f%n", ungrouped, listed,
				100.0 * ungrouped / listed, (double) lines / year.inpatient().size());
		byTemplate.forEach((k, v) -> System.out.printf("%-34s n=%4d cost avg %8.0f min %8.0f max %8.0f los %.1f%n", k,
				v.size(), v.stream().mapToDouble(x -> x[0]).average().orElse(0),
				v.stream().mapToDouble(x -> x[0]).min().orElse(0), v.stream().mapToDouble(x -> x[0]).max().orElse(0),
				v.stream().mapToDouble(x -> x[1]).average().orElse(0)));
		System.out.println(byDrg);
		Map<String, Integer> perFacility = new TreeMap<>();
		year.inpatient().values().forEach(c -> perFacility.merge(c.visit().institutionCode(), 1, Integer::sum));
		for (String code : List.of("H35990000001", "H35990000002", "H35990000003", "H35990000004", "H35992100001")) {
			Facility f = city.facility(code);
			System.out.printf("%s %s beds %d: %d a year, %.1f a month%n", code, f.kind(), f.beds(),
					perFacility.getOrDefault(code, 0), perFacility.getOrDefault(code, 0) / 12.0);
		}
		long births = year.inpatient()
			.values()
			.stream()
			.filter(c -> c.template().key().equals("DELIVERY") || c.template().key().equals("CAESAREAN"))
			.count();
		System.out.printf("births %d (%.1f per 1000 residents)%n", births, births / (2.5e6 * sample) * 1000);
	}

	static BigDecimal cost(List<RecordedLine> lines) {
		return lines.stream().map(l -> l.quantity().multiply(l.unitPrice())).reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
