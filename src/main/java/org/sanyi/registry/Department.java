package org.sanyi.registry;

/**
 * A department of an institution. Clinical departments use the codes of the national
 * 医疗机构诊疗科目名录 ({@code 03} 内科, {@code 03.04} 心血管内科专业, {@code 50} 中医科 ...); units outside
 * that list (药剂科) use local codes from {@code 9x}.
 *
 * @param id the database id
 * @param institutionCode the institution it belongs to
 * @param code the department code, unique within the institution
 * @param name the name the institution uses
 * @param beds the beds it runs (0 for outpatient and technical departments)
 */
public record Department(long id, String institutionCode, String code, String name, int beds) {
}
