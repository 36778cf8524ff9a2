package org.sanyi.insurance.gateway;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.person.PersonRepository;
import org.sanyi.insurance.person.Persons.Person;
import org.sanyi.insurance.settlement.SettlementRow;
import org.sanyi.insurance.settlement.SettlementService;
import org.sanyi.insurance.settlement.SettlementService.SettleRequest;
import org.sanyi.shared.BusinessException;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Pre-settlement, settlement and its reversal, outpatient (2206/2207/2208) and inpatient
 * (2303/2304/2305), and the reversal of any earlier message by its msgid (2601).
 */
@Component
class HsaSettlementTransactions implements HsaTransaction.Group {

	private final SettlementService settlements;

	private final MessageReversal reversals;

	private final PersonRepository persons;

	private final MessageSource texts;

	private final VoucherUse vouchers;

	HsaSettlementTransactions(SettlementService settlements, MessageReversal reversals, PersonRepository persons,
			MessageSource texts, VoucherUse vouchers) {
		this.vouchers = vouchers;
		this.settlements = settlements;
		this.reversals = reversals;
		this.persons = persons;
		this.texts = texts;
	}

	@Override
	public void register(Map<String, HsaTransaction> transactions) {
		transactions.put("2206", call -> settle(call, "2206", false));
		transactions.put("2207", call -> settle(call, "2207", true));
		transactions.put("2303", call -> settle(call, "2303", false));
		transactions.put("2304", call -> settle(call, "2304", true));
		transactions.put("2208", call -> reverse(call, "2208"));
		transactions.put("2305", call -> reverse(call, "2305"));
		transactions.put("2601", this::reverseMessage);
	}

	/** 2206/2207 门诊(预)结算, 2303/2304 住院(预)结算 → {@code setlinfo}, {@code setldetail[]}. */
	Map<String, Object> settle(HsaCall call, String infno, boolean post) {
		HsaInput d = call.input().node("data");
		boolean inpatient = infno.startsWith("23");
		String psnNo = d.text("psn_no", 30);
		String certType = d.code("mdtrt_cert_type", Set.of("01", "02", "03"));
		String certNo = HsaVisitTransactions.certificateNo(d, certType);
		String setlway = d.optionalCode("psn_setlway", Set.of("01", "02"));
		if ("02".equals(setlway)) {
			// 按定额: no policy version of the platform defines fixed amounts (定额标准) to
			// settle by
			throw new BusinessException(InsuranceErrors.UNSUPPORTED_OPTION, "psn_setlway=02（按定额结算，政策未定义定额标准）");
		}
		boolean interim = inpatient && d.flag("mid_setl_flag", false);
		String visitId = d.text("mdtrt_id", 30);
		// 2207/2304: the settlement service runs the other modules' guards (fund
		// supervision's holds) before it writes anything, as for every settlement
		// an interim part (中途结算) does not use the token up: the patient stays admitted
		vouchers.use(certType, certNo, psnNo, call.code(), interim && post ? "2303" : infno);
		SettleRequest request = new SettleRequest(call.code(), visitId, psnNo, d.code("insutype", Set.of("310", "390")),
				certType, certNo, d.optionalText("med_type", 6), d.decimal("medfee_sumamt", 2),
				inpatient ? null : d.optionalText("chrg_bchno", 30), d.flag("acct_used_flag", false), call.msgid(),
				d.optionalText("invono", 30));
		SettlementService.Result result = interim
				? (post ? settlements.settleInterim(request, infno) : settlements.preSettleInterim(request, infno))
				: (post ? settlements.settle(request, infno) : settlements.preSettle(request, infno));
		return output(result.row(), result.person(), certType);
	}

	/** 2208 门诊结算撤销 / 2305 住院结算撤销: {@code data{setl_id, mdtrt_id, psn_no}}. */
	Map<String, Object> reverse(HsaCall call, String infno) {
		HsaInput d = call.input().node("data");
		SettlementRow reversal = settlements.reverse(call.code(), d.text("setl_id", 30), d.text("mdtrt_id", 30),
				d.text("psn_no", 30), call.msgid(), infno);
		return output(reversal, persons.find(reversal.psnNo()).orElse(null), null);
	}

	/** 2601 冲正交易: {@code data{psn_no, omsgid, oinfno}}. */
	Map<String, Object> reverseMessage(HsaCall call) {
		HsaInput d = call.input().node("data");
		String omsgid = d.text("omsgid", 30);
		String oinfno = d.text("oinfno", 5);
		d.optionalText("psn_no", 30);
		HsaEnvelope.checkMsgidLayout(d.path() + ".omsgid", omsgid);
		if (omsgid.equals(call.msgid())) {
			throw new BusinessException(InsuranceErrors.INVALID_FIELD, d.path() + ".omsgid", omsgid, "不能是本冲正报文自身的报文ID");
		}
		MessageReversal.Result result = reversals.reverse(call.code(), omsgid, oinfno, call.msgid(),
				() -> HsaResponses.error(call.envelope().treatmentRegion(), call.received(),
						HsaResponses.BUSINESS_ERROR,
						InsuranceErrors.MESSAGE_ALREADY_REVERSED.code() + " "
								+ texts.getMessage(InsuranceErrors.MESSAGE_ALREADY_REVERSED.messageKey(),
										new Object[] { omsgid, call.msgid() }, Locale.SIMPLIFIED_CHINESE)));
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("omsgid", omsgid);
		out.put("oinfno", oinfno);
		out.put("rever_rslt", result.name());
		return Map.of("data", out);
	}

	private Map<String, Object> output(SettlementRow row, Person person, String certType) {
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("setlinfo", HsaFields.setlinfo(row, person, certType));
		out.put("setldetail", HsaFields.setldetail(row));
		return out;
	}

}
