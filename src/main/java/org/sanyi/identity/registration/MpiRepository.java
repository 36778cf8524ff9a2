package org.sanyi.identity.registration;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import org.sanyi.identity.ResidentIdentifier;
import org.sanyi.identity.ResidentIdentifier.IdentifierType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL of the master patient index. */
@Repository
public class MpiRepository {

	private static final String RESIDENT_COLUMNS = "id, resident_id, name, pinyin, sex, birth_date, id_number_enc, "
			+ "id_number_mask, phone_enc, phone_mask, status, merged_into";

	private final JdbcClient jdbc;

	MpiRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<SourceRow> source(String institutionCode, String patientNo) {
		return jdbc.sql("""
				select id, institution_code, region_code, patient_no, resident_id, name, pinyin, sex, birth_date,
				       document_type, id_number_enc, phone_enc, address_enc
				from idn_source_record where institution_code = :i and patient_no = :p""")
			.param("i", institutionCode)
			.param("p", patientNo)
			.query(SourceRow.class)
			.optional();
	}

	Optional<SourceRow> source(int id) {
		return jdbc.sql("""
				select id, institution_code, region_code, patient_no, resident_id, name, pinyin, sex, birth_date,
				       document_type, id_number_enc, phone_enc, address_enc
				from idn_source_record where id = :id""").param("id", id).query(SourceRow.class).optional();
	}

	public List<SourceRow> sourcesOf(String residentId) {
		return jdbc.sql("""
				select id, institution_code, region_code, patient_no, resident_id, name, pinyin, sex, birth_date,
				       document_type, id_number_enc, phone_enc, address_enc
				from idn_source_record where resident_id = :r order by id""")
			.param("r", residentId)
			.query(SourceRow.class)
			.list();
	}

	/** From a sequence: unique when several nodes create residents at once. */
	long nextResidentNumber() {
		return jdbc.sql("select nextval('idn_resident_number_seq')").query(Long.class).single();
	}

	void insertResident(String residentId, String name, String pinyin, String sex, java.time.LocalDate birthDate,
			String documentType, String idEnc, String idBidx, String idMask, String phoneEnc, String phoneBidx,
			String phoneMask, String addressEnc) {
		jdbc.sql("""
				insert into idn_resident (resident_id, name, pinyin, sex, birth_date, document_type, id_number_enc,
				    id_number_bidx, id_number_mask, phone_enc, phone_bidx, phone_mask, address_enc)
				values (:rid, :name, :pinyin, :sex, :birth, :doc, :idEnc, :idBidx, :idMask, :phoneEnc, :phoneBidx,
				    :phoneMask, :addr)""")
			.param("rid", residentId)
			.param("name", name)
			.param("pinyin", pinyin)
			.param("sex", sex)
			.param("birth", birthDate)
			.param("doc", documentType)
			.param("idEnc", idEnc)
			.param("idBidx", idBidx)
			.param("idMask", idMask)
			.param("phoneEnc", phoneEnc)
			.param("phoneBidx", phoneBidx)
			.param("phoneMask", phoneMask)
			.param("addr", addressEnc)
			.update();
	}

	int insertSource(String institutionCode, String regionCode, String patientNo, String residentId, String name,
			String pinyin, String sex, java.time.LocalDate birthDate, String documentType, String idEnc,
			String phoneEnc, String addressEnc, String decision, String rule, BigDecimal weight) {
		return jdbc.sql("""
				insert into idn_source_record (institution_code, region_code, patient_no, resident_id, name, pinyin,
				    sex, birth_date, document_type, id_number_enc, phone_enc, address_enc, decision, rule, weight)
				values (:i, :region, :p, :rid, :name, :pinyin, :sex, :birth, :doc, :idEnc, :phoneEnc, :addr,
				    :decision, :rule, :weight)
				returning id""")
			.param("i", institutionCode)
			.param("region", regionCode)
			.param("p", patientNo)
			.param("rid", residentId)
			.param("name", name)
			.param("pinyin", pinyin)
			.param("sex", sex)
			.param("birth", birthDate)
			.param("doc", documentType)
			.param("idEnc", idEnc)
			.param("phoneEnc", phoneEnc)
			.param("addr", addressEnc)
			.param("decision", decision)
			.param("rule", rule)
			.param("weight", weight)
			.query(Integer.class)
			.single();
	}

	public void addIdentifier(String residentId, IdentifierType type, String issuer, String lookupKey, String masked) {
		jdbc.sql(
				"""
						insert into idn_identifier (resident_id, type, issuer, lookup_key, masked)
						select :rid, :type, :issuer, :key, :masked
						where not exists (select 1 from idn_identifier
						                  where resident_id = :rid and type = :type and issuer = :issuer and lookup_key = :key)""")
			.param("rid", residentId)
			.param("type", type.name())
			.param("issuer", issuer == null ? "" : issuer)
			.param("key", lookupKey)
			.param("masked", masked)
			.update();
	}

	public List<ResidentIdentifier> identifiers(String residentId) {
		return jdbc.sql("""
				select type, issuer, masked from idn_identifier where resident_id = :rid
				order by case type when 'ID_NUMBER' then 0 when 'HEALTH_CARD' then 1 when 'PSN_NO' then 2 else 3 end,
				         issuer, id""")
			.param("rid", residentId)
			.query((rs, n) -> new ResidentIdentifier(IdentifierType.valueOf(rs.getString(1)), rs.getString(2),
					rs.getString(3)))
			.list();
	}

	public Optional<ResidentRow> resident(String residentId) {
		return jdbc.sql("select " + RESIDENT_COLUMNS + " from idn_resident where resident_id = :rid")
			.param("rid", residentId)
			.query(ResidentRow.class)
			.optional();
	}

	Optional<ResidentRow> residentByIdIndex(String bidx) {
		return jdbc.sql("select " + RESIDENT_COLUMNS + """
				 from idn_resident r
				where r.status = 'ACTIVE' and (r.id_number_bidx = :b or exists (select 1 from idn_identifier i
				      where i.resident_id = r.resident_id and i.type = 'ID_NUMBER' and i.lookup_key = :b))
				order by r.id limit 1""").param("b", bidx).query(ResidentRow.class).optional();
	}

	Optional<String> residentByIdentifier(IdentifierType type, String lookupKey) {
		return jdbc.sql("""
				select resident_id from idn_identifier where type = :t and lookup_key = :k order by id desc limit 1""")
			.param("t", type.name())
			.param("k", lookupKey)
			.query(String.class)
			.optional();
	}

	/** The resident whose card in force has this serial. */
	public Optional<String> residentByActiveCard(long serial) {
		return jdbc.sql("select resident_id from idn_card where serial = :s and status = 'ACTIVE'")
			.param("s", serial)
			.query(String.class)
			.optional();
	}

	void linkEvent(String action, String residentId, String other, Integer sourceId, String rule, BigDecimal weight,
			String actor) {
		jdbc.sql(
				"""
						insert into idn_link_event (action, resident_id, other_resident_id, source_record_id, rule, weight, actor)
						values (:a, :r, :o, :s, :rule, :w, :actor)""")
			.param("a", action)
			.param("r", residentId)
			.param("o", other)
			.param("s", sourceId)
			.param("rule", rule)
			.param("w", weight)
			.param("actor", actor)
			.update();
	}

	public record LinkEvent(OffsetDateTime at, String action, String residentId, String otherResidentId,
			Integer sourceRecordId, String rule, BigDecimal weight, String actor) {
	}

	public List<LinkEvent> history(String residentId) {
		return jdbc.sql("""
				select at, action, resident_id, other_resident_id, source_record_id, rule, weight, actor
				from idn_link_event where resident_id = :r or other_resident_id = :r order by id""")
			.param("r", residentId)
			.query(LinkEvent.class)
			.list();
	}

	void insertReview(int sourceId, String residentId, int candidateSourceId, String candidateResidentId,
			String regionCode, String rule, BigDecimal weight, String comparison) {
		jdbc.sql("""
				insert into idn_review (source_record_id, resident_id, candidate_source_id, candidate_resident_id,
				    region_code, rule, weight, comparison)
				values (:s, :r, :cs, :cr, :region, :rule, :w, :cmp)""")
			.param("s", sourceId)
			.param("r", residentId)
			.param("cs", candidateSourceId)
			.param("cr", candidateResidentId)
			.param("region", regionCode)
			.param("rule", rule)
			.param("w", weight)
			.param("cmp", comparison)
			.update();
	}

	long insertMerge(String survivor, String merged, String actor) {
		return jdbc.sql("insert into idn_merge (survivor_id, merged_id, actor) values (:s, :m, :a) returning id")
			.param("s", survivor)
			.param("m", merged)
			.param("a", actor)
			.query(Long.class)
			.single();
	}

	/**
	 * Moves the merged resident's source records and identifiers to the survivor,
	 * recording what moved.
	 */
	List<Integer> moveForMerge(long mergeId, String survivor, String merged) {
		jdbc.sql("""
				insert into idn_merge_item (merge_id, kind, item_id)
				select :m, 'IDENTIFIER', id from idn_identifier where resident_id = :merged""")
			.param("m", mergeId)
			.param("merged", merged)
			.update();
		jdbc.sql("update idn_identifier set resident_id = :s where resident_id = :merged")
			.param("s", survivor)
			.param("merged", merged)
			.update();
		List<Integer> sources = jdbc.sql("""
				update idn_source_record set resident_id = :s, change_no = nextval('idn_source_change_seq')
				where resident_id = :merged returning id""")
			.param("s", survivor)
			.param("merged", merged)
			.query(Integer.class)
			.list();
		for (Integer id : sources) {
			jdbc.sql("insert into idn_merge_item (merge_id, kind, item_id) values (:m, 'SOURCE', :id)")
				.param("m", mergeId)
				.param("id", id)
				.update();
		}
		jdbc.sql("""
				update idn_resident set status = 'MERGED', merged_into = :s, updated_at = now()
				where resident_id = :merged""").param("s", survivor).param("merged", merged).update();
		return sources;
	}

	record MergeRow(long id, String survivorId, String mergedId, OffsetDateTime undoneAt) {
	}

	Optional<MergeRow> merge(long id) {
		return jdbc.sql("select id, survivor_id, merged_id, undone_at from idn_merge where id = :id for update")
			.param("id", id)
			.query(MergeRow.class)
			.optional();
	}

	/** Moves back what the merge moved; returns the source records moved. */
	List<Integer> undoMerge(MergeRow merge, String actor) {
		jdbc.sql("""
				update idn_identifier set resident_id = :merged where id in
				  (select item_id from idn_merge_item where merge_id = :m and kind = 'IDENTIFIER')""")
			.param("merged", merge.mergedId())
			.param("m", merge.id())
			.update();
		List<Integer> sources = jdbc
			.sql("""
					update idn_source_record set resident_id = :merged, change_no = nextval('idn_source_change_seq') where id in
					  (select item_id from idn_merge_item where merge_id = :m and kind = 'SOURCE') returning id""")
			.param("merged", merge.mergedId())
			.param("m", merge.id())
			.query(Integer.class)
			.list();
		jdbc.sql("""
				update idn_resident set status = 'ACTIVE', merged_into = null, updated_at = now()
				where resident_id = :merged""").param("merged", merge.mergedId()).update();
		jdbc.sql("update idn_merge set undone_at = now(), undone_by = :a where id = :m")
			.param("a", actor)
			.param("m", merge.id())
			.update();
		return sources;
	}

	public Optional<Long> lastMergeOf(String mergedId) {
		return jdbc.sql("""
				select id from idn_merge where merged_id = :m and undone_at is null order by id desc limit 1""")
			.param("m", mergedId)
			.query(Long.class)
			.optional();
	}

}
