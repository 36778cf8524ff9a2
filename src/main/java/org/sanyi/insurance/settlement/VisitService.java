package org.sanyi.insurance.settlement;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanyi.insurance.InsuranceAdmin.CatalogueItem;
import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.catalogue.InsuranceCatalogueRepository;
import org.sanyi.insurance.engine.CatalogueClass;
import org.sanyi.insurance.engine.FeeLine;
import org.sanyi.insurance.engine.LineResult;
import org.sanyi.insurance.engine.SettlementEngine;
import org.sanyi.insurance.settlement.InstitutionDirectory.InstitutionInfo;
import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.insurance.settlement.Visits.Diagnosis;
import org.sanyi.insurance.settlement.Visits.FeeLineRow;
import org.sanyi.insurance.settlement.Visits.VisitRow;
import org.sanyi.insurance.person.PersonRepository;
import org.sanyi.shared.BusinessException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * The visit's life before settlement: registration (2201) or admission (2401), visit
 * information (2203), discharge (2402), fee lines (2204/2301) classified against the
 * catalogue, and their cancellations (2202, 2404, 2405, 2205/2302). Runs in the gateway's
 * transaction; every visit is looked up with the calling institution.
 */
@Service
public class VisitService {

	private final SettlementEngine engine = new SettlementEngine();

	private final VisitRepository visits;

	private final PersonRepository persons;

	private final InsuranceCatalogueRepository catalogue;

	private final Ids ids;

	private final PharmacyPurchases pharmacyPurchases;

	VisitService(VisitRepository visits, PersonRepository persons, InsuranceCatalogueRepository catalogue, Ids ids,
			PharmacyPurchases pharmacyPurchases) {
		this.pharmacyPurchases = pharmacyPurchases;
		this.visits = visits;
		this.persons = persons;
		this.catalogue = catalogue;
		this.ids = ids;
	}

	/**
	 * A new visit.
	 *
	 * @param institution who registers it
	 * @param psnNo {@code psn_no}
	 * @param insutype {@code insutype}
	 * @param begin {@code begntime}
	 * @param certType {@code mdtrt_cert_type}
	 * @param certNo {@code mdtrt_cert_no}
	 * @param hospitalNo {@code ipt_otp_no} / {@code ipt_no}
	 * @param medType {@code med_type} (admission) or {@code null}
	 * @param doctorCode {@code atddr_no}
	 * @param doctorName {@code dr_name} / {@code chfpdr_name}
	 * @param deptCode {@code dept_code} / {@code adm_dept_codg}
	 * @param deptName {@code dept_name} / {@code adm_dept_name}
	 * @param caty {@code caty}
	 * @param bed {@code adm_bed}
	 * @param diseaseCode {@code dise_codg}
	 * @param diseaseName {@code dise_name}
	 * @param diagnoses {@code diseinfo}
	 * @param insuredRegion the envelope's {@code insuplc_admdvs}
	 * @param msgid the message
	 */
	public record NewVisit(InstitutionInfo institution, String psnNo, String insutype, LocalDateTime begin,
			String certType, String certNo, String hospitalNo, String medType, String doctorCode, String doctorName,
			String deptCode, String deptName, String caty, String bed, String diseaseCode, String diseaseName,
			List<Diagnosis> diagnoses, String insuredRegion, String msgid) {
	}

	/**
	 * An uploaded fee line, before classification; {@code initLineNo}
	 * ({@code init_feedetl_sn}) is set on a refund line (退费明细) and names the original
	 * line of the same visit; {@code days} is {@code prd_days}, the days a drug line
	 * supplies, when the HIS says; {@code externalRx} is the {@code rxno} of a line
	 * dispensed on an external prescription ({@code rx_circ_flag} 1), else null.
	 */
	public record UploadedLine(String lineNo, String batchNo, String code, String hospitalCode, String itemName,
			BigDecimal price, BigDecimal quantity, BigDecimal amount, LocalDateTime occurredAt, String deptCode,
			String doctorCode, String initLineNo, Integer days, String externalRx) {

		/** A charge line (days supplied not said). */
		public UploadedLine(String lineNo, String batchNo, String code, String hospitalCode, String itemName,
				BigDecimal price, BigDecimal quantity, BigDecimal amount, LocalDateTime occurredAt, String deptCode,
				String doctorCode) {
			this(lineNo, batchNo, code, hospitalCode, itemName, price, quantity, amount, occurredAt, deptCode,
					doctorCode, null, null, null);
		}

	}

	/**
	 * 2201 (outpatient) or 2401 (inpatient): checks the person and enrolment, returns the
	 * new visit.
	 */
	public VisitRow open(NewVisit v, boolean inpatient) {
		int year = v.begin().getYear();
		PersonRepository.Context context = persons.context(v.psnNo(), v.insutype(), year)
			.orElseThrow(() -> new BusinessException(InsuranceErrors.UNKNOWN_PERSON, v.psnNo()));
		Person person = context.person();
		if (v.insuredRegion() != null && !v.insuredRegion().equals(person.insuredRegion())) {
			throw new BusinessException(InsuranceErrors.INSURED_REGION_MISMATCH, v.insuredRegion(),
					person.insuredRegion());
		}
		if (context.enrolment() == null || !context.enrolment().active()) {
			throw new BusinessException(InsuranceErrors.NOT_ENROLLED, person.psnNo(), String.valueOf(year),
					v.insutype());
		}
		Certificates.requireOwn(v.certType(), v.certNo(), person);
		if (inpatient) {
			VisitKinds.requireMedType(v.medType(), true);
		}
		InstitutionInfo at = v.institution();
		VisitRow row = new VisitRow(ids.visitId(at.poolingRegion(), v.begin().toLocalDate()), person.psnNo(),
				v.insutype(), at.code(), at.name(), at.region(), at.hospitalLevel(), at.poolingRegion(),
				person.insuredRegion(), inpatient ? "INPATIENT" : "OUTPATIENT", v.medType(), v.hospitalNo(), v.begin(),
				null, v.certType(), v.certNo(), v.diseaseCode(), v.diseaseName(), v.doctorCode(), v.doctorName(),
				v.deptCode(), v.deptName(), v.caty(), v.bed(), null, VisitStatus.opened(inpatient), v.msgid());
		visits.insert(row);
		if (!v.diagnoses().isEmpty()) {
			visits.insertDiagnoses(row.visitId(), "2401", v.diagnoses());
		}
		return row;
	}

	/**
	 * 2202 / 2404: cancels a visit that has not been settled (its unsettled lines go with
	 * it).
	 */
	public VisitRow cancel(String institution, String visitId, String psnNo, boolean inpatient, String infno) {
		VisitRow visit = locked(institution, visitId, psnNo);
		if (visit.inpatient() != inpatient || !visit.status().canBecome(VisitStatus.CANCELLED)) {
			throw new BusinessException(InsuranceErrors.VISIT_STATE, visitId, SettlementService.status(visit.status()),
					infno);
		}
		if (inpatient) {
			visits.standingSettlements(visitId).stream().findFirst().ifPresent(interim -> {
				throw new BusinessException(InsuranceErrors.VISIT_HAS_SETTLEMENTS, visitId, interim.setlId(), infno);
			});
		}
		visits.cancelLines(visitId, null, null);
		visits.setStatus(visitId, VisitStatus.CANCELLED);
		return visit;
	}

	/**
	 * 2203: medical type (an outpatient one), disease and diagnoses of an outpatient
	 * visit.
	 */
	public void describe(String institution, String visitId, String psnNo, String medType, String diseaseCode,
			String diseaseName, List<Diagnosis> diagnoses) {
		VisitRow visit = locked(institution, visitId, psnNo);
		if (visit.inpatient() || visit.status() != VisitStatus.REGISTERED) {
			throw new BusinessException(InsuranceErrors.VISIT_STATE, visitId, SettlementService.status(visit.status()),
					"2203");
		}
		VisitKinds.requireMedType(medType, false);
		pharmacyPurchases.requireSeller(institution, medType);
		visits.describe(visitId, medType, diseaseCode, diseaseName);
		visits.replaceDiagnoses(visitId, "2203", diagnoses);
	}

	/**
	 * 2403 住院信息变更: corrects an admission while the patient is in hospital: medical type
	 * (an inpatient one), disease, department, bed, doctor, and, when sent, the admission
	 * diagnoses.
	 */
	public void changeAdmission(String institution, String visitId, String psnNo, AdmissionChange change) {
		VisitRow visit = locked(institution, visitId, psnNo);
		if (!visit.inpatient() || visit.status() != VisitStatus.ADMITTED) {
			throw new BusinessException(InsuranceErrors.VISIT_STATE, visitId, SettlementService.status(visit.status()),
					"2403");
		}
		if (change.medType() != null) {
			VisitKinds.requireMedType(change.medType(), true);
		}
		visits.changeAdmission(visitId, change);
		if (!change.diagnoses().isEmpty()) {
			visits.replaceDiagnoses(visitId, "2401", change.diagnoses());
		}
	}

	/**
	 * What 2403 changes; a {@code null} field stays as it is.
	 *
	 * @param medType {@code med_type}
	 * @param diseaseCode {@code dise_codg}
	 * @param diseaseName {@code dise_name}
	 * @param deptCode {@code adm_dept_codg}
	 * @param deptName {@code adm_dept_name}
	 * @param bed {@code adm_bed}
	 * @param doctorCode {@code atddr_no}
	 * @param doctorName {@code chfpdr_name}
	 * @param diagnoses {@code diseinfo} (empty: unchanged)
	 */
	public record AdmissionChange(String medType, String diseaseCode, String diseaseName, String deptCode,
			String deptName, String bed, String doctorCode, String doctorName, List<Diagnosis> diagnoses) {
	}

	/** 2402: discharge. */
	public void discharge(String institution, String visitId, String psnNo, LocalDateTime end, String diseaseCode,
			String diseaseName, String dischargeWay, List<Diagnosis> diagnoses) {
		VisitRow visit = locked(institution, visitId, psnNo);
		if (!visit.inpatient() || visit.status() != VisitStatus.ADMITTED) {
			throw new BusinessException(InsuranceErrors.VISIT_STATE, visitId, SettlementService.status(visit.status()),
					"2402");
		}
		if (end.isBefore(visit.begin())) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, "endtime", end, "endtime < begntime");
		}
		visits.discharge(visitId, end, diseaseCode, diseaseName, dischargeWay, VisitStatus.DISCHARGED);
		if (!diagnoses.isEmpty()) {
			visits.replaceDiagnoses(visitId, "2402", diagnoses);
		}
	}

	/** 2405: undoes a discharge that has not been settled. */
	public void undoDischarge(String institution, String visitId, String psnNo, String infno) {
		VisitRow visit = locked(institution, visitId, psnNo);
		if (!visit.inpatient() || !visit.status().canBecome(VisitStatus.ADMITTED)) {
			throw new BusinessException(InsuranceErrors.VISIT_STATE, visitId, SettlementService.status(visit.status()),
					infno);
		}
		visits.discharge(visitId, null, null, null, null, VisitStatus.ADMITTED);
	}

	/**
	 * 2204 / 2301: stores and classifies fee lines of one visit; returns the lines with
	 * their classification.
	 */
	public List<FeeLineRow> upload(String institution, String visitId, String psnNo, List<UploadedLine> lines,
			boolean inpatient, String msgid, String infno) {
		VisitRow visit = locked(institution, visitId, psnNo);
		boolean open = inpatient
				? visit.inpatient()
						&& (visit.status() == VisitStatus.ADMITTED || visit.status() == VisitStatus.DISCHARGED)
				: !visit.inpatient() && visit.status() == VisitStatus.REGISTERED;
		if (!open) {
			throw new BusinessException(InsuranceErrors.VISIT_STATE, visitId, SettlementService.status(visit.status()),
					infno);
		}
		if (lines.isEmpty()) {
			throw new BusinessException(InsuranceErrors.NO_FEE_LINES);
		}
		List<String> lineNos = lines.stream().map(UploadedLine::lineNo).toList();
		Set<String> unique = new HashSet<>(lineNos);
		if (unique.size() != lineNos.size()) {
			throw new BusinessException(InsuranceErrors.DUPLICATE_FEE_LINE, firstDuplicate(lineNos));
		}
		List<FeeLineRow> rows = classifyWithRefunds(visitId, lines, msgid, ids.next(lines.size()));
		try {
			// charge lines first: a refund line's original may be a line of this upload
			// (foreign key init_line_id)
			visits.insertLines(rows.stream().anyMatch(FeeLineRow::refund)
					? rows.stream().sorted(java.util.Comparator.comparing(FeeLineRow::refund)).toList() : rows);
		}
		catch (DuplicateKeyException ex) {
			// the unique index on active (mdtrt_id, feedetl_sn): a line of this upload is
			// already there
			throw new BusinessException(InsuranceErrors.FEE_LINE_EXISTS, String.join(",", lineNos));
		}
		return rows;
	}

	/**
	 * Charge lines are classified against the catalogue; refund lines (退费明细,
	 * {@code init_feedetl_sn}) against their original, which is an active, unsettled
	 * charge line of the visit or a charge line of this upload: same item and unit price,
	 * not more than is left after the earlier refunds, and the split the engine gives
	 * them (the change of the original's net split,
	 * {@link SettlementEngine#classifyRefund}). Rows in upload order.
	 */
	private List<FeeLineRow> classifyWithRefunds(String visitId, List<UploadedLine> lines, String msgid,
			long[] lineIds) {
		List<UploadedLine> charges = new ArrayList<>(lines.size());
		List<Integer> refundAt = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			UploadedLine l = lines.get(i);
			if (l.initLineNo() != null) {
				refundAt.add(i);
			}
			else if (l.quantity().signum() < 0 || l.amount().signum() < 0) {
				// a negative line is a refund, and a refund names its original
				throw new BusinessException(InsuranceErrors.REFUND_LINE_INVALID, l.lineNo(),
						l.quantity().toPlainString(), l.amount().toPlainString());
			}
			else {
				charges.add(l);
			}
		}
		if (refundAt.isEmpty()) {
			return classify(lines, visitId, msgid, lineIds);
		}
		long[] chargeIds = new long[charges.size()];
		FeeLineRow[] rows = new FeeLineRow[lines.size()];
		for (int i = 0, c = 0; i < lines.size(); i++) {
			if (lines.get(i).initLineNo() == null) {
				chargeIds[c++] = lineIds[i];
			}
		}
		Map<String, FeeLineRow> newCharges = new HashMap<>();
		if (!charges.isEmpty()) {
			List<FeeLineRow> classified = classify(charges, visitId, msgid, chargeIds);
			for (int i = 0, c = 0; i < lines.size(); i++) {
				if (lines.get(i).initLineNo() == null) {
					rows[i] = classified.get(c++);
					newCharges.put(rows[i].lineNo(), rows[i]);
				}
			}
		}
		String[] named = refundAt.stream().map(i -> lines.get(i).initLineNo()).distinct().toArray(String[]::new);
		List<FeeLineRow> found = visits.originalsAndRefunds(visitId, named);
		Map<Long, List<FeeLine>> refunds = SettlementAssembler.refundsByOriginal(found);
		Map<String, FeeLineRow> stored = new HashMap<>();
		for (FeeLineRow l : found) {
			if (!l.refund()) {
				stored.put(l.lineNo(), l);
			}
		}
		for (int i : refundAt) {
			UploadedLine l = lines.get(i);
			FeeLineRow original = newCharges.containsKey(l.initLineNo()) ? newCharges.get(l.initLineNo())
					: stored.get(l.initLineNo());
			if (original == null) {
				throw new BusinessException(InsuranceErrors.REFUND_ORIGINAL_UNKNOWN, l.lineNo(), l.initLineNo(),
						visitId);
			}
			if (original.setlId() != null) {
				throw new BusinessException(InsuranceErrors.REFUND_ORIGINAL_SETTLED, l.lineNo(), l.initLineNo(),
						original.setlId());
			}
			FeeLine asEngineLine = new FeeLine(l.lineNo(), l.code(),
					CatalogueClass.ofCode(original.lineNo(), original.catalogueClass()), original.selfPayRatio(),
					l.quantity(), l.price(), money(l), original.priceCap());
			List<FeeLine> earlier = refunds.computeIfAbsent(original.id(), id -> new ArrayList<>());
			LineResult r = engine.classifyRefund(SettlementAssembler.engineLine(original), earlier, asEngineLine);
			earlier.add(asEngineLine);
			rows[i] = new FeeLineRow(lineIds[i], visitId, l.lineNo(), l.batchNo(), l.code(), l.hospitalCode(),
					l.itemName() != null ? l.itemName() : original.itemName(), original.chargeType(), l.price(),
					l.quantity(), l.amount(), l.occurredAt(), l.deptCode(), l.doctorCode(), original.catalogueClass(),
					original.selfPayRatio(), original.priceCap(), r.fullOwnPay().amount(), r.overLimit().amount(),
					r.preSelfPay().amount(), r.inScope().amount(), "ACTIVE", null, msgid, original.lineNo(),
					original.id(), null, original.externalRx());
		}
		return List.of(rows);
	}

	/**
	 * Classifies lines against the catalogue with the engine; unknown codes are out of
	 * catalogue (丙类).
	 */
	List<FeeLineRow> classify(List<UploadedLine> lines, String visitId, String msgid, long[] ids) {
		return classify(lines, visitId, msgid, ids, catalogue.find(lines.stream().map(UploadedLine::code).toList()));
	}

	/**
	 * The same with the catalogue items at hand (recorded activity classifies many visits
	 * at once).
	 */
	List<FeeLineRow> classify(List<UploadedLine> lines, String visitId, String msgid, long[] ids,
			Map<String, CatalogueItem> items) {
		List<FeeLine> engineLines = new ArrayList<>(lines.size());
		for (UploadedLine l : lines) {
			CatalogueItem item = items.get(l.code());
			CatalogueClass cls = item == null ? CatalogueClass.C
					: CatalogueClass.ofCode(l.lineNo(), item.catalogueClass());
			BigDecimal ratio = switch (cls) {
				case A -> BigDecimal.ZERO;
				case B -> item.selfPayRatio();
				case C -> BigDecimal.ONE;
			};
			engineLines.add(new FeeLine(l.lineNo(), l.code(), cls, ratio, l.quantity(), l.price(),
					l.amount() == null ? null : money(l), item == null ? null : item.priceCap()));
		}
		List<LineResult> results = engine.classify(engineLines);
		List<FeeLineRow> rows = new ArrayList<>(lines.size());
		for (int i = 0; i < lines.size(); i++) {
			UploadedLine l = lines.get(i);
			LineResult r = results.get(i);
			CatalogueItem item = items.get(l.code());
			rows.add(new FeeLineRow(ids[i], visitId, l.lineNo(), l.batchNo(), l.code(), l.hospitalCode(),
					l.itemName() != null ? l.itemName() : item == null ? null : item.name(),
					item == null ? null : item.chargeType(), l.price(), l.quantity(), l.amount(), l.occurredAt(),
					l.deptCode(), l.doctorCode(), r.catalogueClass().code(), r.selfPayRatio(),
					item == null ? null : item.priceCap(), r.fullOwnPay().amount(), r.overLimit().amount(),
					r.preSelfPay().amount(), r.inScope().amount(), "ACTIVE", null, msgid, l.days(), l.externalRx()));
		}
		return rows;
	}

	/** 2205 / 2302: cancels unsettled lines; {@code 0000} means all of them. */
	public int cancelLines(String institution, String visitId, String psnNo, String batchNo, String lineNo,
			boolean inpatient, String infno) {
		VisitRow visit = locked(institution, visitId, psnNo);
		if (visit.inpatient() != inpatient || visit.status() == VisitStatus.SETTLED
				|| visit.status() == VisitStatus.CANCELLED) {
			throw new BusinessException(InsuranceErrors.VISIT_STATE, visitId, SettlementService.status(visit.status()),
					infno);
		}
		String batch = "0000".equals(batchNo) ? null : batchNo;
		String serial = "0000".equals(lineNo) ? null : lineNo;
		return cancelChosen(visitId, visits.unsettledLines(visitId, null),
				l -> (batch == null || batch.equals(l.batchNo())) && (serial == null || serial.equals(l.lineNo())));
	}

	/** 2601 of a 2204/2301: cancels the lines of that upload that are still unsettled. */
	public int cancelLinesOfUpload(String institution, String visitId, String msgid) {
		visits.lock(visitId, institution).orElseThrow();
		return cancelChosen(visitId, visits.unsettledLines(visitId, null), l -> msgid.equals(l.uploadMsgid()));
	}

	/**
	 * Cancels the chosen lines among the visit's unsettled ones. A charge line takes its
	 * refund lines with it. A refund line cancelled without its original is allowed when
	 * the original and its remaining refunds still split exactly like their net quantity
	 * (always so for the last refund made, or for all refunds of a line together);
	 * otherwise the cancellation is refused ({@code INS-0089}) and nothing changes.
	 */
	private int cancelChosen(String visitId, List<FeeLineRow> open, java.util.function.Predicate<FeeLineRow> chosen) {
		Map<Long, FeeLineRow> byId = new HashMap<>();
		Set<Long> cancel = new java.util.LinkedHashSet<>();
		for (FeeLineRow l : open) {
			byId.put(l.id(), l);
			if (chosen.test(l)) {
				cancel.add(l.id());
			}
		}
		Map<Long, List<FeeLineRow>> refundsOf = new HashMap<>();
		for (FeeLineRow l : open) {
			if (l.refund()) {
				refundsOf.computeIfAbsent(l.initLineId(), id -> new ArrayList<>()).add(l);
				if (cancel.contains(l.initLineId())) {
					cancel.add(l.id());
				}
			}
		}
		for (Map.Entry<Long, List<FeeLineRow>> e : refundsOf.entrySet()) {
			FeeLineRow original = byId.get(e.getKey());
			if (original == null || cancel.contains(original.id())) {
				continue;
			}
			List<FeeLineRow> staying = e.getValue().stream().filter(r -> !cancel.contains(r.id())).toList();
			if (staying.size() == e.getValue().size()) {
				continue;
			}
			if (!splitsLikeNet(original, staying)) {
				FeeLineRow first = e.getValue().stream().filter(r -> cancel.contains(r.id())).findFirst().orElseThrow();
				throw new BusinessException(InsuranceErrors.REFUND_CANCEL_ORDER, first.lineNo(), original.lineNo());
			}
		}
		return visits.cancelLineIds(visitId, cancel.stream().mapToLong(Long::longValue).toArray());
	}

	/**
	 * Whether the stored splits of an original and these refunds add up to the split of
	 * their net quantity.
	 */
	private boolean splitsLikeNet(FeeLineRow original, List<FeeLineRow> refunds) {
		FeeLine net = SettlementAssembler.engineLine(original)
			.netOf(refunds.stream().map(SettlementAssembler::engineLine).toList());
		LineResult expected = engine.classify(List.of(net)).getFirst();
		BigDecimal full = original.fullOwnPay();
		BigDecimal over = original.overLimit();
		BigDecimal pre = original.preSelfPay();
		BigDecimal in = original.inScope();
		for (FeeLineRow r : refunds) {
			full = full.add(r.fullOwnPay());
			over = over.add(r.overLimit());
			pre = pre.add(r.preSelfPay());
			in = in.add(r.inScope());
		}
		return full.compareTo(expected.fullOwnPay().amount()) == 0 && over.compareTo(expected.overLimit().amount()) == 0
				&& pre.compareTo(expected.preSelfPay().amount()) == 0 && in.compareTo(expected.inScope().amount()) == 0;
	}

	private VisitRow locked(String institution, String visitId, String psnNo) {
		VisitRow visit = visits.lock(visitId, institution)
			.orElseThrow(() -> new BusinessException(InsuranceErrors.UNKNOWN_VISIT, visitId));
		if (psnNo != null && !psnNo.equals(visit.psnNo())) {
			throw new BusinessException(InsuranceErrors.VISIT_PERSON_MISMATCH, visitId, psnNo, visit.insutype());
		}
		return visit;
	}

	private static org.sanyi.shared.Money money(UploadedLine l) {
		if (l.amount().stripTrailingZeros().scale() > 2) {
			throw new BusinessException(InsuranceErrors.INVALID_NUMBER, l.lineNo(), "det_item_fee_sumamt",
					l.amount().toPlainString());
		}
		return org.sanyi.shared.Money.of(l.amount());
	}

	private static String firstDuplicate(List<String> values) {
		Set<String> seen = new HashSet<>();
		for (String v : values) {
			if (!seen.add(v)) {
				return v;
			}
		}
		return "";
	}

}
