package org.sanyi.registry.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.sanyi.shared.Like;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Staff;
import org.sanyi.registry.internal.Views.AllianceFilter;
import org.sanyi.registry.internal.Views.AllianceMembership;
import org.sanyi.registry.internal.Views.AllianceRow;
import org.sanyi.registry.internal.Views.DepartmentRow;
import org.sanyi.registry.internal.Views.InstitutionFilter;
import org.sanyi.registry.internal.Views.InstitutionRow;
import org.sanyi.registry.internal.Views.MemberRow;
import org.sanyi.registry.internal.Views.Option;
import org.sanyi.registry.internal.Views.RegionRow;
import org.sanyi.registry.internal.Views.StaffFilter;
import org.sanyi.registry.internal.Views.StaffRow;
import org.sanyi.shared.RegionCode;
import org.sanyi.shared.RegionLevel;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.core.simple.JdbcClient.StatementSpec;
import org.springframework.stereotype.Repository;

/**
 * The scoped queries of the pages and REST lists; every one applies a {@link Visibility}
 * in its SQL.
 */
@Repository
class ViewRepository {

	/**
	 * The prefix of region {@code r}'s code that everything below it starts with (see
	 * RegionCode.prefix).
	 */
	private static final String PREFIX_OF_R = "(case r.level when 1 then left(r.code, 2) when 2 then left(r.code, 4) "
			+ "else r.code end)";

	private static final String REGION_ROW = "select r.*, (select count(*) from reg_region c where c.parent_code = r.code "
			+ "and " + Visibility.regions("c") + ") as child_count, (select count(*) from reg_institution i "
			+ "where i.region_code like " + PREFIX_OF_R + " || '%' and " + Visibility.institutions("i")
			+ ") as institution_count from reg_region r ";

	/**
	 * County, township and village names of the region {@code r} (empty above county
	 * level).
	 */
	private static final String AREA = "concat_ws(' ', case when g.level >= 3 then g.name end, "
			+ "case when p.level >= 3 then p.name end, case when r.level >= 3 then r.name end)";

	private static final String AREA_JOINS = " join reg_region r on r.code = i.region_code "
			+ "left join reg_region p on p.code = r.parent_code left join reg_region g on g.code = p.parent_code ";

	private static final String INSTITUTION_ROW = "select i.code, i.name, i.kind, i.grade, i.region_code, "
			+ "coalesce(nullif(" + AREA + ", ''), r.name) as area, i.beds, i.ownership, i.status "
			+ "from reg_institution i" + AREA_JOINS;

	private static final String INSTITUTION_WHERE = " where " + Visibility.institutions("i") + """
			 and (:kw = '' or i.name like '%' || :kw || '%' or i.pinyin like '%' || lower(:kw) || '%'
			      or i.code like upper(:kw) || '%')
			 and (:kind = '' or i.kind = :kind) and (:grade = '' or i.grade = :grade)
			 and (:regionPrefix = '' or i.region_code like :regionPrefix || '%')
			 and (cast(:alliance as bigint) is null or exists (select 1 from reg_alliance_member m
			      where m.alliance_id = :alliance and m.institution_code = i.code and m.joined_on <= current_date
			      and (m.left_on is null or m.left_on > current_date)))
			""";

	private static final String ALLIANCE_ROW = "select a.id, a.code, a.name, a.kind, a.region_code, "
			+ "r.name as region_name, a.specialty, a.lead_institution_code as lead_code, case when "
			+ Visibility.institutions("l") + " then l.name end as lead_name, a.established_on, "
			+ "(select count(*) from reg_alliance_member m join reg_institution i on i.code = m.institution_code "
			+ "where m.alliance_id = a.id and m.left_on is null and " + Visibility.institutions("i")
			+ ") as member_count from reg_alliance a join reg_region r on r.code = a.region_code "
			+ "join reg_institution l on l.code = a.lead_institution_code ";

	private static final String ALLIANCE_WHERE = " where " + Visibility.alliances("a") + """
			 and (:kw = '' or a.name like '%' || :kw || '%' or a.pinyin like '%' || lower(:kw) || '%'
			      or a.code like upper(:kw) || '%')
			 and (:kind = '' or a.kind = :kind)
			""";

	/** City groups first, then county communities, then specialty alliances. */
	private static final String ALLIANCE_ORDER = "case a.kind when 'CITY_GROUP' then 1 when 'COUNTY_COMMUNITY' then 2 "
			+ "else 3 end, a.code";

	private final JdbcClient jdbc;

	ViewRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<String> institutionRegion(String institutionCode) {
		return jdbc.sql("select region_code from reg_institution where code = :code")
			.param("code", institutionCode)
			.query(String.class)
			.optional();
	}

	// --- regions
	// -----------------------------------------------------------------------------------------------

	List<RegionRow> rootRegions(Visibility v) {
		return v
			.bind(jdbc
				.sql(REGION_ROW + "where r.parent_code is null and " + Visibility.regions("r") + " order by r.code"))
			.query(ViewRepository::regionRow)
			.list();
	}

	List<RegionRow> childRegions(Visibility v, String parent) {
		return v
			.bind(jdbc
				.sql(REGION_ROW + "where r.parent_code = :parent and " + Visibility.regions("r") + " order by r.code")
				.param("parent", parent))
			.query(ViewRepository::regionRow)
			.list();
	}

	Optional<RegionRow> region(Visibility v, String code) {
		return v.bind(jdbc.sql(REGION_ROW + "where r.code = :code and " + Visibility.regions("r")).param("code", code))
			.query(ViewRepository::regionRow)
			.optional();
	}

	List<RegionRow> searchRegions(Visibility v, String keyword, int limit, int offset) {
		return regionSearch(v, keyword,
				REGION_ROW + "where " + Visibility.regions("r") + " and " + REGION_KEYWORD
						+ " order by r.level, r.code limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(ViewRepository::regionRow)
			.list();
	}

	long countRegions(Visibility v, String keyword) {
		return regionSearch(v, keyword,
				"select count(*) from reg_region r where " + Visibility.regions("r") + " and " + REGION_KEYWORD)
			.query(Long.class)
			.single();
	}

	private static final String REGION_KEYWORD = "(:kw = '' or r.name like '%' || :kw || '%' "
			+ "or r.pinyin like '%' || lower(:kw) || '%' or r.code like :kw || '%')";

	private StatementSpec regionSearch(Visibility v, String keyword, String sql) {
		return v.bind(jdbc.sql(sql)).param("kw", like(keyword));
	}

	/** Institutions under a region by kind, within the scope. */
	List<Object[]> institutionsByKind(Visibility v, String regionPrefix) {
		return v
			.bind(jdbc.sql("select i.kind, count(*) from reg_institution i where i.region_code like :prefix || '%' "
					+ "and " + Visibility.institutions("i") + " group by i.kind")
				.param("prefix", regionPrefix))
			.query((rs, n) -> new Object[] { Institution.Kind.valueOf(rs.getString(1)), rs.getLong(2) })
			.list();
	}

	List<Option> regionOptions(Visibility v) {
		return v
			.bind(jdbc.sql("select r.code, r.name, r.level from reg_region r where r.level between 2 and 3 and "
					+ Visibility.regions("r") + " order by r.code"))
			.query((rs, n) -> new Option(rs.getString(1), rs.getString(2), rs.getInt(3) - 2))
			.list();
	}

	// --- institutions
	// ------------------------------------------------------------------------------------------

	List<InstitutionRow> searchInstitutions(Visibility v, InstitutionFilter f, int limit, int offset) {
		return institutionSearch(v, f,
				INSTITUTION_ROW + INSTITUTION_WHERE + " order by i.code limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(InstitutionRow.class)
			.list();
	}

	long countInstitutions(Visibility v, InstitutionFilter f) {
		return institutionSearch(v, f, "select count(*) from reg_institution i" + INSTITUTION_WHERE).query(Long.class)
			.single();
	}

	private StatementSpec institutionSearch(Visibility v, InstitutionFilter f, String sql) {
		String region = f.region() == null ? "" : f.region().trim();
		return v.bind(jdbc.sql(sql))
			.param("kw", like(f.keyword()))
			.param("kind", f.kind() == null ? "" : f.kind().name())
			.param("grade", f.grade() == null ? "" : f.grade().name())
			.param("regionPrefix",
					RegionCode.isWellFormed(region) ? RegionCode.of(region).prefix() : Like.escape(region))
			.param("alliance", f.alliance());
	}

	Optional<Institution> institution(Visibility v, String code) {
		return v
			.bind(jdbc.sql("select " + RegistryRepository.INSTITUTION_COLUMNS + " from reg_institution i "
					+ "where i.code = :code and " + Visibility.institutions("i"))
				.param("code", code))
			.query(Institution.class)
			.optional();
	}

	List<DepartmentRow> departments(String institutionCode) {
		return jdbc.sql("""
				select d.code, d.name, d.beds,
				       (select count(*) from reg_staff s where s.institution_code = d.institution_code
				        and s.department_code = d.code) as staff_count
				from reg_department d where d.institution_code = :code order by d.code
				""").param("code", institutionCode).query(DepartmentRow.class).list();
	}

	List<AllianceMembership> membershipsOf(String institutionCode) {
		return jdbc.sql("""
				select a.id as alliance_id, a.name as alliance_name, a.kind, m.role, m.joined_on, m.left_on
				from reg_alliance_member m join reg_alliance a on a.id = m.alliance_id
				where m.institution_code = :code order by m.left_on nulls first, a.id
				""").param("code", institutionCode).query(AllianceMembership.class).list();
	}

	// --- staff
	// -------------------------------------------------------------------------------------------------

	private static final String STAFF_WHERE = """
			 where s.institution_code = :code
			 and (:kw = '' or s.name like '%' || :kw || '%')
			 and (:kind = '' or s.kind = :kind) and (:dept = '' or s.department_code = :dept)
			""";

	List<StaffRow> staff(String institutionCode, StaffFilter f, int limit, int offset) {
		return staffSearch(institutionCode, f, """
				select s.id, s.name, s.sex, s.kind, s.title, s.department_code, d.name as department_name,
				       s.certificate_no
				from reg_staff s left join reg_department d
				  on d.institution_code = s.institution_code and d.code = s.department_code
				""" + STAFF_WHERE + " order by s.department_code nulls last, s.id limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, n) -> new StaffRow(rs.getLong("id"), rs.getString("name"), rs.getString("sex"),
					Staff.Kind.valueOf(rs.getString("kind")), Staff.Title.valueOf(rs.getString("title")),
					rs.getString("department_code"), rs.getString("department_name"),
					new Staff(0, null, null, null, null, null, null, rs.getString("certificate_no"))
						.maskedCertificate()))
			.list();
	}

	long countStaff(String institutionCode, StaffFilter f) {
		return staffSearch(institutionCode, f, "select count(*) from reg_staff s" + STAFF_WHERE).query(Long.class)
			.single();
	}

	private StatementSpec staffSearch(String institutionCode, StaffFilter f, String sql) {
		return jdbc.sql(sql)
			.param("code", institutionCode)
			.param("kw", like(f.keyword()))
			.param("kind", f.kind() == null ? "" : f.kind().name())
			.param("dept", f.department() == null ? "" : f.department().trim());
	}

	long staffCount(String institutionCode) {
		return jdbc.sql("select count(*) from reg_staff where institution_code = :code")
			.param("code", institutionCode)
			.query(Long.class)
			.single();
	}

	/** A staff member, if their institution is visible. */
	Optional<Staff> staffMember(Visibility v, long id) {
		return v
			.bind(jdbc.sql("select s.* from reg_staff s join reg_institution i on i.code = s.institution_code "
					+ "where s.id = :id and " + Visibility.institutions("i"))
				.param("id", id))
			.query(Staff.class)
			.optional();
	}

	// --- alliances
	// ---------------------------------------------------------------------------------------------

	List<AllianceRow> searchAlliances(Visibility v, AllianceFilter f, int limit, int offset) {
		return allianceSearch(v, f,
				ALLIANCE_ROW + ALLIANCE_WHERE + " order by " + ALLIANCE_ORDER + " " + "limit :limit offset :offset")
			.param("limit", limit)
			.param("offset", offset)
			.query(AllianceRow.class)
			.list();
	}

	long countAlliances(Visibility v, AllianceFilter f) {
		return allianceSearch(v, f, "select count(*) from reg_alliance a" + ALLIANCE_WHERE).query(Long.class).single();
	}

	private StatementSpec allianceSearch(Visibility v, AllianceFilter f, String sql) {
		return v.bind(jdbc.sql(sql))
			.param("kw", like(f.keyword()))
			.param("kind", f.kind() == null ? "" : f.kind().name());
	}

	Optional<AllianceRow> alliance(Visibility v, long id) {
		return v.bind(jdbc.sql(ALLIANCE_ROW + " where a.id = :id and " + Visibility.alliances("a")).param("id", id))
			.query(AllianceRow.class)
			.optional();
	}

	List<MemberRow> members(Visibility v, long allianceId) {
		return v
			.bind(jdbc.sql("select i.code as institution_code, i.name, i.kind, i.grade, coalesce(nullif(" + AREA
					+ ", ''), r.name) as area, m.role, m.joined_on, m.left_on from reg_alliance_member m "
					+ "join reg_institution i on i.code = m.institution_code" + AREA_JOINS
					+ "where m.alliance_id = :id and " + Visibility.institutions("i")
					+ " order by m.left_on nulls first, m.role, i.code")
				.param("id", allianceId))
			.query(MemberRow.class)
			.list();
	}

	List<Option> allianceOptions(Visibility v) {
		return v
			.bind(jdbc.sql("select a.id, a.name from reg_alliance a where " + Visibility.alliances("a") + " order by "
					+ ALLIANCE_ORDER))
			.query((rs, n) -> new Option(rs.getString(1), rs.getString(2), 0))
			.list();
	}

	// -----------------------------------------------------------------------------------------------------------

	/**
	 * The keyword with LIKE's wildcards escaped (PostgreSQL's default escape character is
	 * the backslash).
	 */
	static String like(String keyword) {
		return Like.escape(keyword);
	}

	private static RegionRow regionRow(ResultSet rs, int row) throws SQLException {
		return new RegionRow(rs.getString("code"), rs.getString("name"), RegionLevel.ofDepth(rs.getInt("level")),
				rs.getString("parent_code"), rs.getLong("population"), rs.getString("pinyin"),
				rs.getLong("child_count"), rs.getLong("institution_count"));
	}

}
