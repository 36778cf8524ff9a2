package org.sanyi.insurance.settlement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.sanyi.insurance.SettledClaims;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link SettledClaims} over the settlement tables: one query for a page of settlements
 * in force, one for their fee lines (through {@code ins_settlement_line}, the lines each
 * settlement covered).
 */
@Repository
class SettledClaimsRepository implements SettledClaims {

	private final JdbcClient jdbc;

	SettledClaimsRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A page in person order after {@code after}: the page's settlements are chosen
	 * first, from the settlements alone (an index scan in person order that stops at the
	 * page's end), and only they are joined to their persons and visits. Joined first,
	 * PostgreSQL merge-joined the persons from the first one on every page or read and
	 * sorted the whole year (8.4 million index tuples in 10 s at a city-year, up to 5.8 s
	 * a page), so a batch slowed down as it went. A generic plan (the statement is
	 * prepared once a batch has run it five times) takes a date range's default
	 * selectivity and makes the same mistake, so the page is planned with its values
	 * ({@code plan_cache_mode}, for this transaction only): 11 ms a page at 547,000
	 * settlements.
	 */
	@Transactional(readOnly = true)
	@Override
	public List<Claim> settled(String regionPrefix, LocalDate from, LocalDate to, Key after, int limit) {
		jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
		List<Claim> heads = jdbc.sql("""
				with page as materialized (
				    select * from ins_settlement s
				    where s.status = 'SETTLED' and s.fixmedins_region like :prefix || '%'
				      and s.setl_date between :from and :to and (s.psn_no, s.setl_id) > (:person, :settlement)
				      and s.psn_no >= :person
				    order by s.psn_no, s.setl_id
				    limit :limit)
				select s.setl_id, s.mdtrt_id, s.psn_no, p.gend, p.brdy, s.fixmedins_code, s.fixmedins_region, s.hosp_lv,
				       s.med_type, s.insuplc_admdvs <> s.mdtrtarea_admvs as cross_region, s.begndate, s.enddate,
				       s.setl_date, coalesce(v.atddr_no, '') as doctor, s.diag_codes, s.insutype
				from page s
				join ins_person p on p.psn_no = s.psn_no
				join ins_visit v on v.mdtrt_id = s.mdtrt_id
				order by s.psn_no, s.setl_id""")
			.param("prefix", regionPrefix)
			.param("from", from)
			.param("to", to)
			.param("person", after == null ? "" : after.personId())
			.param("settlement", after == null ? "" : after.settlementId())
			.param("limit", limit)
			.query(SettledClaimsRepository::head)
			.list();
		List<Claim> claims = withLines(heads);
		// a caller's transaction goes on with the usual plans
		jdbc.sql("set local plan_cache_mode = auto").update();
		return claims;
	}

	@Override
	public Optional<Claim> find(String settlementId) {
		List<Claim> heads = jdbc.sql("""
				select s.setl_id, s.mdtrt_id, s.psn_no, p.gend, p.brdy, s.fixmedins_code, s.fixmedins_region, s.hosp_lv,
				       s.med_type, s.insuplc_admdvs <> s.mdtrtarea_admvs as cross_region, s.begndate, s.enddate,
				       s.setl_date, coalesce(v.atddr_no, '') as doctor, s.diag_codes, s.insutype
				from ins_settlement s
				join ins_person p on p.psn_no = s.psn_no
				join ins_visit v on v.mdtrt_id = s.mdtrt_id
				where s.status = 'SETTLED' and s.setl_id = :id""")
			.param("id", settlementId)
			.query(SettledClaimsRepository::head)
			.list();
		return withLines(heads).stream().findFirst();
	}

	@Override
	public List<DrugPurchase> drugPurchases(String personId, java.util.Collection<String> codes, LocalDate from,
			LocalDate to) {
		if (codes.isEmpty()) {
			return List.of();
		}
		return jdbc.sql("""
				select s.setl_id, s.mdtrt_id, f.med_list_codg, coalesce(min(f.fee_ocur_time)::date, s.setl_date) as day,
				       coalesce(max(f.prd_days) filter (where f.cnt > 0), 0) as days
				from ins_settlement s
				join ins_settlement_line sl on sl.setl_id = s.setl_id
				join ins_fee_line f on f.id = sl.fee_line_id
				where s.psn_no = :person and s.setl_date between :from and :to and s.status = 'SETTLED'
				  and f.med_list_codg = any(:codes)
				group by s.setl_id, s.mdtrt_id, f.med_list_codg, s.setl_date
				having sum(f.cnt) > 0""")
			.param("person", personId)
			.param("from", from)
			.param("to", to)
			.param("codes", codes.toArray(String[]::new))
			.query((rs, n) -> new DrugPurchase(rs.getString(1), rs.getString(2), rs.getString(3),
					rs.getObject(4, LocalDate.class), rs.getInt(5)))
			.list();
	}

	private List<Claim> withLines(List<Claim> heads) {
		if (heads.isEmpty()) {
			return heads;
		}
		Map<String, List<Line>> lines = new HashMap<>();
		jdbc.sql(
				"""
						select sl.setl_id, f.feedetl_sn, f.med_list_codg, coalesce(c.name, f.item_name, '') as name,
						       coalesce(f.item_name, '') as hospital_name, coalesce(f.med_chrgitm_type, c.med_chrgitm_type, '14') as kind,
						       f.fee_ocur_time::date as day, f.cnt, f.pric, f.det_item_fee_sumamt,
						       coalesce(f.bilg_dr_codg, '') as doctor, coalesce(f.bilg_dept_codg, '') as dept,
						       coalesce(f.prd_days, 0) as days
						from ins_settlement_line sl
						join ins_fee_line f on f.id = sl.fee_line_id
						left join ins_catalogue_item c on c.med_list_codg = f.med_list_codg
						where sl.setl_id = any(:ids)
						order by sl.setl_id, f.id""")
			.param("ids", heads.stream().map(Claim::settlementId).toArray(String[]::new))
			.query(rs -> {
				LocalDate day = rs.getObject("day", LocalDate.class);
				lines.computeIfAbsent(rs.getString("setl_id"), k -> new ArrayList<>())
					.add(new Line(rs.getString("feedetl_sn"), rs.getString("med_list_codg"), rs.getString("name"),
							rs.getString("hospital_name"), rs.getString("kind"), day, rs.getBigDecimal("cnt"),
							rs.getBigDecimal("pric"), rs.getBigDecimal("det_item_fee_sumamt"), rs.getString("doctor"),
							rs.getString("dept"), rs.getInt("days")));
			});
		List<Claim> claims = new ArrayList<>(heads.size());
		for (Claim h : heads) {
			claims.add(new Claim(h.settlementId(), h.visitId(), h.personId(), h.sex(), h.birthDate(),
					h.institutionCode(), h.institutionRegion(), h.hospitalLevel(), h.medType(), h.crossRegion(),
					h.admission(), h.discharge(), h.settled(), h.doctor(), h.diagnoses(),
					lines.getOrDefault(h.settlementId(), List.of()), h.insutype()));
		}
		return claims;
	}

	private static Claim head(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
		return new Claim(rs.getString("setl_id"), rs.getString("mdtrt_id"), rs.getString("psn_no"),
				rs.getString("gend"), rs.getObject("brdy", LocalDate.class), rs.getString("fixmedins_code"),
				rs.getString("fixmedins_region"), rs.getString("hosp_lv"), rs.getString("med_type"),
				rs.getBoolean("cross_region"), rs.getObject("begndate", LocalDate.class),
				rs.getObject("enddate", LocalDate.class), rs.getObject("setl_date", LocalDate.class),
				rs.getString("doctor"), diagnoses(rs.getString("diag_codes")), List.of(), rs.getString("insutype"));
	}

	private static List<String> diagnoses(String codes) {
		return codes == null || codes.isBlank() ? List.of() : Arrays.asList(codes.split(","));
	}

}
