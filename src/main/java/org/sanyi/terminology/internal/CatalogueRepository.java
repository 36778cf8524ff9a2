package org.sanyi.terminology.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.DrugProfile;
import org.sanyi.terminology.InsuranceClass;
import org.sanyi.terminology.SystemKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code term_catalogue_item}: drugs, consumables and service items of catalogue
 * versions.
 */
@Repository
class CatalogueRepository {

	/** Items of the catalogue versions in force on :on whose own dates cover :on. */
	private static final String SELECT_IN_FORCE = """
			select s.code as system_code, s.version, s.kind, t.*
			from term_catalogue_item t join (%s) s on s.id = t.system_id
			where s.kind in ('DRUG', 'CONSUMABLE', 'SERVICE')
			  and (t.effective_from is null or t.effective_from <= :on)
			  and (t.effective_to is null or t.effective_to >= :on)
			""".formatted(CodeSystemRepository.IN_FORCE);

	private static final String FILTER = """
			 and (:kind = '' or s.kind = :kind) and (:cls = '' or t.insurance_class = :cls) and
			""" + Keyword.CONDITION;

	private final JdbcClient jdbc;

	private final PgCopy copy;

	CatalogueRepository(JdbcClient jdbc, PgCopy copy) {
		this.jdbc = jdbc;
		this.copy = copy;
	}

	void insertAll(long systemId, List<CatalogueRow> rows) {
		copy.copy("""
				term_catalogue_item (system_id, code, name, pinyin, category, specification, dosage_form, unit,
				    manufacturer, price, price_cap, insurance_class, self_pay_ratio, restriction, effective_from,
				    effective_to, line_no, generic_name, atc_code, minimum_unit, unit_factor, essential, negotiated,
				    procured)""", rows, r -> new Object[] { systemId, r.code(), r.name(), r.pinyin(), r.category(),
				r.specification(), r.dosageForm(), r.unit(), r.manufacturer(), r.price(), r.priceCap(),
				r.insuranceClass().code(), r.selfPayRatio(), r.restriction(), r.effectiveFrom(), r.effectiveTo(),
				r.line(), r.profile().genericName(), r.profile().atcClass(), r.profile().minimumUnit(),
				r.profile().unitFactor(), r.profile().essential(), r.profile().negotiated(), r.profile().procured() });
	}

	Optional<CatalogueItem> findInForce(String code, LocalDate on) {
		return jdbc.sql(SELECT_IN_FORCE + " and t.code = :code order by s.code limit 1")
			.param("on", on)
			.param("code", code)
			.query(CatalogueRepository::map)
			.optional();
	}

	List<CatalogueItem> search(SystemKind kind, InsuranceClass cls, Keyword keyword, LocalDate on, int limit,
			int offset) {
		return keyword.bind(jdbc.sql(SELECT_IN_FORCE + FILTER + " order by s.kind, t.code limit :limit offset :offset"))
			.param("on", on)
			.param("kind", kind == null ? "" : kind.name())
			.param("cls", cls == null ? "" : cls.code())
			.param("limit", limit)
			.param("offset", offset)
			.query(CatalogueRepository::map)
			.list();
	}

	long count(SystemKind kind, InsuranceClass cls, Keyword keyword, LocalDate on) {
		return keyword.bind(jdbc.sql("select count(*) from (" + SELECT_IN_FORCE + FILTER + ") x"))
			.param("on", on)
			.param("kind", kind == null ? "" : kind.name())
			.param("cls", cls == null ? "" : cls.code())
			.query(Long.class)
			.single();
	}

	static CatalogueItem map(ResultSet rs, int n) throws SQLException {
		return new CatalogueItem(rs.getString("system_code"), rs.getString("version"),
				SystemKind.valueOf(rs.getString("kind")), rs.getString("code"), rs.getString("name"),
				rs.getString("category"), rs.getString("specification"), rs.getString("dosage_form"),
				rs.getString("unit"), rs.getString("manufacturer"), rs.getBigDecimal("price"),
				rs.getBigDecimal("price_cap"), InsuranceClass.ofCode(rs.getString("insurance_class")),
				rs.getBigDecimal("self_pay_ratio"), rs.getString("restriction"),
				rs.getObject("effective_from", LocalDate.class), rs.getObject("effective_to", LocalDate.class),
				rs.getString("pinyin"), profile(rs));
	}

	private static DrugProfile profile(ResultSet rs) throws SQLException {
		int factor = rs.getInt("unit_factor");
		return new DrugProfile(rs.getString("generic_name"), rs.getString("atc_code"), rs.getString("minimum_unit"),
				factor < 1 ? 1 : factor, rs.getBoolean("essential"), rs.getBoolean("negotiated"),
				rs.getBoolean("procured"));
	}

}
