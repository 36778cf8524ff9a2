package org.sanyi.demo.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.sanyi.insurance.InsuranceAdmin.Diagnosis;
import org.sanyi.shared.io.CsvReader;
import org.sanyi.shared.io.CsvRow;

/**
 * One kind of inpatient case of the demo ({@code demo/inpatient-cases.csv}): the main
 * diagnosis (ICD-10 医保版) and procedure (ICD-9-CM-3) as the settlement list codes them,
 * the department, where it is treated (a relative frequency per class of institution, the
 * lowest hospital level, whether only its own department will do), who the patients are
 * (share of men, ages), the length of stay, how often a complication (CC) or a major one
 * (MCC) is coded, and the fee profiles its lines are drawn from ({@link FeeProfiles}).
 * {@code adrg} is the ADRG the demo scheme gives it ({@code 0000}: a case the demo scheme
 * has no group for, paid by item).
 */
public record CaseTemplate(String key, String adrg, Diagnosis diagnosis, CaseProcedure procedure,
		CaseProcedure secondProcedure, String department, boolean exactDepartment, int minLevel, double[] frequency,
		double male, int ageMin, int ageMax, int stayMin, int stayMax, double cc, List<Diagnosis> ccDiagnoses,
		double mcc, List<Diagnosis> mccDiagnoses, List<String> fees) {

	/** Columns of {@link #frequency}: the classes of institution. */
	public enum Setting {

		/** 三级综合医院 */
		GENERAL_TERTIARY,
		/** 二级综合医院 */
		GENERAL_SECONDARY,
		/** 中医医院 and 中西医结合医院 */
		TCM,
		/** 妇幼保健院 */
		MATERNAL_CHILD,
		/** 乡镇卫生院, 社区卫生服务中心, 一级医院 */
		PRIMARY;

		public static Setting of(Facility f) {
			if (f.primaryCare()) {
				return PRIMARY;
			}
			return switch (f.kind()) {
				case TCM_HOSPITAL -> TCM;
				case MATERNAL_CHILD -> MATERNAL_CHILD;
				default -> f.level() >= 3 ? GENERAL_TERTIARY : GENERAL_SECONDARY;
			};
		}

	}

	/** A procedure as the settlement list codes it. */
	public record CaseProcedure(String code, String name, String anaesthesia) {
	}

	public double frequencyIn(Setting setting) {
		return frequency[setting.ordinal()];
	}

	/**
	 * Whether children are this case's patients (their parents bring them to a
	 * maternal-and-child hospital too).
	 */
	public boolean paediatric() {
		return ageMax < 15;
	}

	public boolean grouped() {
		return !adrg.equals("0000");
	}

	/** The templates of {@code demo/inpatient-cases.csv}, in file order. */
	public static List<CaseTemplate> load() {
		List<CaseTemplate> templates = new ArrayList<>();
		try (InputStream in = CaseTemplate.class.getResourceAsStream("/demo/inpatient-cases.csv");
				CsvReader csv = new CsvReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (CsvRow row = csv.next(); row != null; row = csv.next()) {
				double[] frequency = new double[Setting.values().length];
				String[] columns = { "g3", "g2", "tcm", "mch", "primary" };
				for (int i = 0; i < columns.length; i++) {
					frequency[i] = Double.parseDouble(row.required(columns[i]));
				}
				templates.add(new CaseTemplate(row.required("key"), row.required("adrg"),
						new Diagnosis(row.required("dx"), row.required("dx_name")),
						procedure(row, "proc", "proc_name", "anaesthesia"), procedure(row, "proc2", "proc2_name", null),
						row.required("dept"), Boolean.parseBoolean(row.required("exact_dept")),
						Integer.parseInt(row.required("min_level")), frequency,
						Double.parseDouble(row.required("male")), Integer.parseInt(row.required("age_min")),
						Integer.parseInt(row.required("age_max")), Integer.parseInt(row.required("los_min")),
						Integer.parseInt(row.required("los_max")), Double.parseDouble(row.required("cc")),
						diagnoses(row.optional("cc_codes")), Double.parseDouble(row.required("mcc")),
						diagnoses(row.optional("mcc_codes")), List.of(row.required("fees").split("\\|"))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return templates;
	}

	private static CaseProcedure procedure(CsvRow row, String code, String name, String anaesthesia) {
		String c = row.optional(code);
		if (c == null || c.isBlank()) {
			return null;
		}
		String a = anaesthesia == null ? null : row.optional(anaesthesia);
		return new CaseProcedure(c, row.required(name), a == null ? "" : a);
	}

	/** {@code I10.x00:高血压|E11.900:2型糖尿病}. */
	private static List<Diagnosis> diagnoses(String spec) {
		if (spec == null || spec.isBlank()) {
			return List.of();
		}
		List<Diagnosis> list = new ArrayList<>();
		for (String part : spec.split("\\|")) {
			String[] codeName = part.split(":", 2);
			list.add(new Diagnosis(codeName[0], codeName[1]));
		}
		return List.copyOf(list);
	}

}
