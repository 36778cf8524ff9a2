package org.sanyi.insurance.policy.replay;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.sanyi.insurance.engine.CatalogueClass;
import org.sanyi.insurance.engine.DispensedOnPrescriptions;
import org.sanyi.insurance.engine.FeeLine;
import org.sanyi.insurance.engine.HospitalLevel;
import org.sanyi.insurance.engine.Insutype;
import org.sanyi.insurance.engine.MedType;
import org.sanyi.insurance.engine.ReferralContext;
import org.sanyi.insurance.engine.Visit;
import org.sanyi.insurance.policy.replay.engine.Outcome;
import org.sanyi.insurance.policy.replay.engine.RecordedSettlement;
import org.sanyi.shared.Money;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reads a recorded fund year of one pooling region and scheme for a replay, person by
 * person, in the order the settlements were posted: every settlement of the year
 * (reversed ones too) and every reversal of one, with the engine's inputs as they were
 * (the stored fee lines with the class and ratio they were priced with, refunds netted as
 * the gateway nets them; the person's type, age and identities on the settlement day; the
 * account balance before it) and what it paid. One streaming query with a cursor (rows of
 * a person arrive together), so a year of any size is read in bounded memory.
 * <p>
 * "Posted" is {@code posting_no}, numbered at insert while the person's totals are locked
 * (insurance V23). Not {@code setl_time}: history recorded after the fact (a migration,
 * the demo's planted cases) is posted later than settlements dated after it, and was
 * settled with the year-to-date totals of its posting. Not the {@code setl_id} serial
 * either: a node hands serials out of a block it fetched earlier, so a settlement or
 * reversal posted after a bulk load can carry a smaller serial than the load's.
 */
@Repository
class RecordedYear {

	private static final String SELECT = """
			select s.setl_id, s.init_setl_id, s.status, s.mdtrt_id, s.psn_no, s.insutype, s.psn_type, s.cvlserv_flag,
			       s.med_type, s.clr_type, s.hosp_lv, s.mdtrtarea_admvs, s.insuplc_admdvs, s.setl_date, s.begndate,
			       s.dise_codg, s.acct_used_flag, s.balc, s.acct_pay, s.act_pay_dedc, s.fund_pay_sumamt, s.psn_part_amt,
			       s.psn_cash_pay, s.person_region, p.brdy, ids.identities, r.out_of_county as ref_out,
			       r.registration as ref_reg, r.valid_from as ref_from, r.valid_until as ref_until,
			       r.same_alliance as ref_same, r.sender_deductible as ref_sender,
			       f.id as line_id, f.feedetl_sn, f.med_list_codg, f.chrgitm_lv, f.selfpay_prop, f.cnt, f.pric,
			       f.det_item_fee_sumamt, f.pric_uplmt_amt, f.init_line_id, f.ext_rxno
			from ins_settlement s
			join ins_person p on p.psn_no = s.psn_no
			left join lateral (
			    select string_agg(i.psn_idet_type || '|' || i.begntime || '|' || coalesce(i.endtime::text, ''), ',')
			        as identities
			    from ins_person_identity i where i.psn_no = s.psn_no) ids on true
			left join ins_settlement o on o.setl_id = s.init_setl_id
			left join ins_settlement_referral r on r.setl_id = s.setl_id
			left join ins_settlement_line sl on sl.setl_id = s.setl_id and s.status <> 'REVERSAL'
			left join ins_fee_line f on f.id = sl.fee_line_id
			where s.insuplc_admdvs = ? and s.insutype = ? and coalesce(o.setl_date, s.setl_date) between ? and ?
			order by s.psn_no, s.posting_no, f.id
			""";

	private final JdbcTemplate cursor;

	private final JdbcClient jdbc;

	private final TransactionTemplate readOnly;

	RecordedYear(DataSource dataSource, JdbcClient jdbc, PlatformTransactionManager transactions) {
		this.cursor = new JdbcTemplate(dataSource);
		this.cursor.setFetchSize(5_000);
		this.jdbc = jdbc;
		this.readOnly = new TransactionTemplate(transactions);
		this.readOnly.setReadOnly(true);
	}

	/** Settlements (not reversals) of the year: the replay's 100 %. */
	long count(String region, String insutype, int year) {
		return jdbc
			.sql("select count(*) from ins_settlement where insuplc_admdvs = :r and insutype = :t "
					+ "and setl_date between :from and :to and status <> 'REVERSAL'")
			.param("r", region)
			.param("t", insutype)
			.param("from", LocalDate.of(year, 1, 1))
			.param("to", LocalDate.of(year, 12, 31))
			.query(Long.class)
			.single();
	}

	/**
	 * Hands each person's settlements and reversals of the year, in posting order, to
	 * {@code person}, from this thread.
	 */
	void read(String region, String insutype, int year, Consumer<List<RecordedSettlement>> person) {
		readOnly.executeWithoutResult(status -> {
			Reader reader = new Reader(person);
			cursor.query(SELECT, reader, region, insutype, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
			reader.end();
		});
	}

	/**
	 * Groups the rows (one per fee line) into settlements and settlements into people.
	 */
	private static final class Reader implements RowCallbackHandler {

		private final Consumer<List<RecordedSettlement>> person;

		private List<RecordedSettlement> events = new ArrayList<>();

		private String psnNo;

		private Row row;

		private List<LineRow> lines = new ArrayList<>();

		Reader(Consumer<List<RecordedSettlement>> person) {
			this.person = person;
		}

		@Override
		public void processRow(ResultSet rs) throws SQLException {
			String setlId = rs.getString("setl_id");
			if (row == null || !row.setlId.equals(setlId)) {
				closeSettlement();
				String psn = rs.getString("psn_no");
				if (psnNo != null && !psnNo.equals(psn)) {
					person.accept(events);
					events = new ArrayList<>();
				}
				psnNo = psn;
				row = Row.of(rs);
			}
			long lineId = rs.getLong("line_id");
			if (!rs.wasNull()) {
				lines.add(LineRow.of(lineId, rs));
			}
		}

		void end() {
			closeSettlement();
			if (!events.isEmpty()) {
				person.accept(events);
			}
		}

		private void closeSettlement() {
			if (row != null) {
				events.add(row.recorded(lines));
			}
			row = null;
			lines = new ArrayList<>();
		}

	}

	/** A settlement row's columns. */
	private record Row(String setlId, String reversalOf, boolean reversal, String visitId, String psnNo,
			String insutype, String psnType, boolean civilServant, String medType, boolean inpatient,
			String hospitalLevel, String treatmentRegion, String insuredRegion, LocalDate date, LocalDate begin,
			String disease, boolean useAccount, BigDecimal balanceAfter, BigDecimal accountPay, BigDecimal deductible,
			BigDecimal fund, BigDecimal personal, BigDecimal cash, String personRegion, LocalDate birthDate,
			String identities, ReferralContext referral) {

		static Row of(ResultSet rs) throws SQLException {
			return new Row(rs.getString("setl_id"), rs.getString("init_setl_id"),
					"REVERSAL".equals(rs.getString("status")), rs.getString("mdtrt_id"), rs.getString("psn_no"),
					rs.getString("insutype"), rs.getString("psn_type"), rs.getBoolean("cvlserv_flag"),
					rs.getString("med_type"), "21".equals(rs.getString("clr_type")), rs.getString("hosp_lv"),
					rs.getString("mdtrtarea_admvs"), rs.getString("insuplc_admdvs"),
					rs.getObject("setl_date", LocalDate.class), rs.getObject("begndate", LocalDate.class),
					rs.getString("dise_codg"), rs.getBoolean("acct_used_flag"), rs.getBigDecimal("balc"),
					rs.getBigDecimal("acct_pay"), rs.getBigDecimal("act_pay_dedc"), rs.getBigDecimal("fund_pay_sumamt"),
					rs.getBigDecimal("psn_part_amt"), rs.getBigDecimal("psn_cash_pay"), rs.getString("person_region"),
					rs.getObject("brdy", LocalDate.class), rs.getString("identities"), referral(rs));
		}

		/** The referral context the stay was priced with (insurance V25), or null. */
		private static ReferralContext referral(ResultSet rs) throws SQLException {
			boolean out = rs.getBoolean("ref_out");
			if (rs.wasNull()) {
				return null;
			}
			BigDecimal sender = rs.getBigDecimal("ref_sender");
			return new ReferralContext(out, rs.getString("ref_reg"), rs.getObject("ref_from", LocalDate.class),
					rs.getObject("ref_until", LocalDate.class), rs.getBoolean("ref_same"),
					sender == null ? null : Money.of(sender));
		}

		RecordedSettlement recorded(List<LineRow> lines) {
			if (reversal) {
				return RecordedSettlement.reversal(setlId, reversalOf);
			}
			return RecordedSettlement.settled(setlId, visit(prescription(lines)), inpatient, engineLines(lines),
					new Outcome(Money.of(deductible), Money.of(fund), Money.of(personal), Money.of(accountPay),
							Money.of(cash)),
					new RecordedSettlement.Where(insutype, hospitalLevel,
							personRegion.substring(0, Math.min(6, personRegion.length()))));
		}

		/**
		 * The external prescriptions a pharmacy purchase was dispensed on, as the gateway
		 * passed them to the engine (its lines' {@code ext_rxno}, refunds netted); null
		 * when none. The engine reads it for med_type 41 only.
		 */
		private static String prescription(List<LineRow> lines) {
			var dispensed = new DispensedOnPrescriptions();
			lines.forEach(l -> dispensed.add(l.externalRx(), l.line().catalogueCode(), l.line().quantity()));
			return dispensed.prescription();
		}

		/**
		 * The visit as the gateway built it on the settlement day
		 * ({@code SettlementAssembler.engineVisit}): the balance before is the balance
		 * after plus what the account paid.
		 */
		private Visit visit(String prescription) {
			Visit.Builder builder = Visit.builder()
				.visitId(visitId)
				.personId(psnNo)
				.insutype(Insutype.ofCode(insutype))
				.medType(MedType.of(medType))
				.hospitalLevel(HospitalLevel.ofCode(hospitalLevel))
				.insuredRegion(insuredRegion)
				.treatmentRegion(treatmentRegion)
				.personType(psnType)
				.age(Math.max(0, Period.between(birthDate, date).getYears()))
				.civilServant(civilServant)
				.identities(identitiesOn(date))
				.diseaseCode(disease)
				.admissionDate(begin.isAfter(date) ? date : begin)
				.settlementDate(date)
				.referral(referral)
				.prescription(prescription);
			if (useAccount) {
				builder.account(Money.of(balanceAfter.add(accountPay)));
			}
			else {
				builder.accountNotUsed(Money.of(balanceAfter));
			}
			return builder.build();
		}

		private Set<String> identitiesOn(LocalDate day) {
			Set<String> valid = new LinkedHashSet<>();
			if (identities == null || identities.isEmpty()) {
				return valid;
			}
			for (String one : identities.split(",")) {
				String[] parts = one.split("\\|", -1);
				LocalDate from = LocalDate.parse(parts[1]);
				LocalDate to = parts[2].isEmpty() ? null : LocalDate.parse(parts[2]);
				if (!day.isBefore(from) && (to == null || !day.isAfter(to))) {
					valid.add(parts[0]);
				}
			}
			return valid;
		}

	}

	/** A stored fee line. */
	private record LineRow(long id, Long initLineId, FeeLine line, String externalRx) {

		static LineRow of(long id, ResultSet rs) throws SQLException {
			String lineNo = rs.getString("feedetl_sn");
			FeeLine line = new FeeLine(lineNo, rs.getString("med_list_codg"),
					CatalogueClass.ofCode(lineNo, rs.getString("chrgitm_lv")), rs.getBigDecimal("selfpay_prop"),
					rs.getBigDecimal("cnt"), rs.getBigDecimal("pric"),
					Money.of(rs.getBigDecimal("det_item_fee_sumamt")), rs.getBigDecimal("pric_uplmt_amt"));
			return new LineRow(id, rs.getObject("init_line_id", Long.class), line, rs.getString("ext_rxno"));
		}

	}

	/**
	 * The lines the engine prices: each charge line netted with its refund lines, a fully
	 * refunded one left out, as {@code SettlementAssembler.engineLines} does at the
	 * gateway.
	 */
	static List<FeeLine> engineLines(List<LineRow> rows) {
		Map<Long, List<FeeLine>> refunds = new HashMap<>();
		for (LineRow r : rows) {
			if (r.initLineId() != null) {
				refunds.computeIfAbsent(r.initLineId(), id -> new ArrayList<>()).add(r.line());
			}
		}
		List<FeeLine> out = new ArrayList<>(rows.size());
		for (LineRow r : rows) {
			if (r.initLineId() != null) {
				continue;
			}
			List<FeeLine> mine = refunds.get(r.id());
			FeeLine net = mine == null ? r.line() : r.line().netOf(mine);
			if (mine == null || net.quantity().signum() != 0 || !net.amount().isZero()) {
				out.add(net);
			}
		}
		return out;
	}

}
