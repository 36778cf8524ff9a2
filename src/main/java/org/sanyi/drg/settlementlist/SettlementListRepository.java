package org.sanyi.drg.settlementlist;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.sanyi.drg.DrgGroupingResult;
import org.sanyi.drg.settlementlist.SettlementList.Diagnosis;
import org.sanyi.drg.settlementlist.SettlementList.Procedure;
import org.sanyi.shared.Masking;
import tools.jackson.databind.JsonNode;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The stored settlement lists ({@code drg_setl_list}) with their grouping, trace and
 * payload as received. One list per settlement is current; a new one supersedes it and
 * the old one stays as history.
 */
@Repository
class SettlementListRepository {

	private final JdbcClient jdbc;

	SettlementListRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Stores the list as the current one of its settlement; returns its
	 * {@code setl_list_id}.
	 */
	String store(SettlementList list, SettlementCases.Row s, SettlementListService.Grouped g, String institution,
			String msgid, String operator, JsonNode input) {
		long id = jdbc.sql("select nextval('drg_setl_list_id_seq')").query(Long.class).single();
		String setlListId = "SL" + s.treatmentRegion() + String.format("%012d", id);
		jdbc.sql("""
				update drg_setl_list set current_version = false, superseded_by = :next
				where setl_id = :setl and current_version returning setl_list_id""")
			.param("next", setlListId)
			.param("setl", s.setlId())
			.query(String.class)
			.list();
		List<Map<String, Object>> dx = new ArrayList<>();
		for (Diagnosis d : list.diagnoses()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("type", d.type());
			m.put("code", d.code());
			m.put("name", d.name());
			m.put("main", d.main());
			m.put("admCond", d.admCond());
			dx.add(m);
		}
		List<Map<String, Object>> px = new ArrayList<>();
		for (Procedure p : list.procedures()) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("code", p.code());
			m.put("name", p.name());
			m.put("main", p.main());
			m.put("date", p.date());
			m.put("anaesthesia", p.anaesthesia());
			m.put("surgeon", p.surgeon());
			px.add(m);
		}
		DrgGroupingResult r = g.result();
		jdbc.sql(
				"""
						insert into drg_setl_list (id, setl_list_id, setl_id, mdtrt_id, psn_no, institution_code,
						    institution_region, infno, msgid, uploaded_by, psn_name, gend, brdy, age, nwb_age_days, nwb_bir_wt,
						    adm_time, dscg_time, act_ipt_days, adm_caty, dscg_caty, dscg_way, diagnoses, procedures,
						    scheme_region, scheme_id, scheme_label, status, mdc, adrg, drg, drg_name, complication, deciding_dx,
						    unknown_codes, trace, payload)
						values (:id, :sl, :setl, :mdtrt, :psn, :inst, :instRegion, :infno, :msgid, :by, :name, :gend, :brdy, :age,
						    :nwbAge, :weight, :adm, :dscg, :los, :admCaty, :dscgCaty, :dscgWay, cast(:dx as jsonb),
						    cast(:px as jsonb), :region, :scheme, :label, :status, :mdc, :adrg, :drg, :drgName, :cc, :deciding,
						    :unknown, cast(:trace as jsonb), cast(:payload as jsonb))""")
			.param("id", id)
			.param("sl", setlListId)
			.param("setl", s.setlId())
			.param("mdtrt", s.mdtrtId())
			.param("psn", s.psnNo())
			.param("inst", institution)
			.param("instRegion", s.institutionRegion())
			.param("infno", list.infno())
			.param("msgid", msgid)
			.param("by", operator == null ? "" : operator)
			.param("name", list.psnName())
			.param("gend", list.gend())
			.param("brdy", list.brdy())
			.param("age", list.age())
			.param("nwbAge", list.nwbAgeDays())
			.param("weight", list.nwbBirWt())
			.param("adm", list.admTime())
			.param("dscg", list.dscgTime())
			.param("los", list.actIptDays())
			.param("admCaty", list.admCaty())
			.param("dscgCaty", list.dscgCaty())
			.param("dscgWay", list.dscgWay())
			.param("dx", SettlementListService.JSON.writeValueAsString(dx))
			.param("px", SettlementListService.JSON.writeValueAsString(px))
			.param("region", s.treatmentRegion())
			.param("scheme", g.scheme().id())
			.param("label", g.scheme().name() + " " + g.scheme().version())
			.param("status", r.status())
			.param("mdc", r.mdc())
			.param("adrg", r.adrg())
			.param("drg", r.drg())
			.param("drgName", r.drgName())
			.param("cc", r.complication())
			.param("deciding", r.decidingDiagnosis())
			.param("unknown", g.unknownCodes())
			.param("trace", SettlementListService.JSON.writeValueAsString(r.trace()))
			.param("payload", Masking.idNumbersIn(SettlementListService.JSON.writeValueAsString(input)))
			.update();
		return setlListId;
	}

}
