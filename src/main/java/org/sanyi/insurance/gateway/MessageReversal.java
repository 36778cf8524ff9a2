package org.sanyi.insurance.gateway;

import java.util.Optional;
import java.util.function.Supplier;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.insurance.gateway.MessageLog.Stored;
import org.sanyi.insurance.referral.ReferralRegistrations;
import org.sanyi.insurance.settlement.Visits.VisitRow;
import org.sanyi.insurance.settlement.SettlementRow;
import org.sanyi.insurance.settlement.SettlementService;
import org.sanyi.insurance.settlement.VisitRepository;
import org.sanyi.insurance.settlement.VisitService;
import org.sanyi.shared.BusinessException;

import org.springframework.stereotype.Service;

/**
 * 2601 冲正: undoes whatever an earlier message of the institution did, found by its msgid,
 * when the HIS does not know whether it went through (a timeout). A settlement
 * (2207/2304) is reversed, a registration or admission (2201/2401) cancelled, uploaded
 * lines (2204/2301) cancelled, a discharge (2402) undone; reads and pre-settlements
 * changed nothing. If the message never arrived its msgid is reserved, so a late copy can
 * no longer take effect. Only the sender's own messages can be named (a msgid starts with
 * the sender's institution code): another institution's msgid is refused
 * ({@code INS-0102}) and reserves nothing. Runs in the gateway's transaction.
 */
@Service
class MessageReversal {

	private final MessageLog messages;

	private final SettlementService settlements;

	private final VisitService visitService;

	private final VisitRepository visits;

	private final ReferralRegistrations referrals;

	MessageReversal(MessageLog messages, SettlementService settlements, VisitService visitService,
			VisitRepository visits, ReferralRegistrations referrals) {
		this.messages = messages;
		this.settlements = settlements;
		this.visitService = visitService;
		this.visits = visits;
		this.referrals = referrals;
	}

	/** What the reversal did. */
	public enum Result {

		/** The original message changed something, which is now undone. */
		REVERSED,
		/** The original message changed nothing (a read, a pre-settlement). */
		NOTHING_TO_UNDO,
		/** The original message never arrived: its msgid is now reserved. */
		RESERVED

	}

	public Result reverse(String institution, String omsgid, String oinfno, String msgid,
			Supplier<String> reservedAnswer) {
		// a msgid starts with the sender's institution code (the envelope enforces it),
		// so a message that is not the
		// sender's own is recognised without looking it up: it is neither found for nor
		// reserved by another institution
		if (!omsgid.startsWith(institution)) {
			throw new BusinessException(InsuranceErrors.REVERSAL_NOT_OWN, omsgid, institution);
		}
		Optional<Stored> original = messages.lock(omsgid);
		if (original.isPresent() && !original.get().institution().equals(institution)) {
			throw new BusinessException(InsuranceErrors.REVERSAL_NOT_OWN, omsgid, institution);
		}
		if (original.isEmpty()) {
			// only the sender's own future message can be blocked: a late copy of its
			// timed-out original
			messages.reserve(omsgid, oinfno, institution, reservedAnswer.get(), msgid);
			return Result.RESERVED;
		}
		Stored stored = original.get();
		if (!stored.infno().equals(oinfno)) {
			throw new BusinessException(InsuranceErrors.ORIGINAL_MESSAGE_MISMATCH, omsgid, stored.infno(), oinfno);
		}
		if (stored.reversedBy() != null) {
			throw new BusinessException(InsuranceErrors.MESSAGE_ALREADY_REVERSED, omsgid, stored.reversedBy());
		}
		Result result = undo(institution, omsgid, oinfno, msgid);
		messages.markReversed(omsgid, msgid);
		return result;
	}

	private Result undo(String institution, String omsgid, String oinfno, String msgid) {
		switch (oinfno) {
			case "2207", "2304" -> {
				SettlementRow posted = settlements.postedBy(omsgid, institution).orElseThrow();
				if (!"SETTLED".equals(posted.status())) {
					throw new BusinessException(InsuranceErrors.SETTLEMENT_REVERSED, posted.setlId());
				}
				settlements.reverse(institution, posted.setlId(), null, null, msgid, "2601");
				return Result.REVERSED;
			}
			case "2201", "2401" -> {
				VisitRow visit = visits.findByCreatingMessage(omsgid, institution).orElseThrow();
				visitService.cancel(institution, visit.visitId(), null, "2401".equals(oinfno), "2601");
				return Result.REVERSED;
			}
			case "2204", "2301" -> {
				String visitId = visits.visitOfUpload(omsgid).orElseThrow();
				visitService.cancelLinesOfUpload(institution, visitId, omsgid);
				return Result.REVERSED;
			}
			case "2501" -> {
				referrals.revokeFiledBy(omsgid, institution, msgid, java.time.Instant.now());
				return Result.REVERSED;
			}
			case "2402" -> {
				throw new BusinessException(InsuranceErrors.UNSUPPORTED_OPTION, "2601 → 2402, 请使用 2405");
			}
			case "2202", "2203", "2205", "2208", "2302", "2305", "2403", "2404", "2405", "2502", "2601" -> {
				throw new BusinessException(InsuranceErrors.UNSUPPORTED_OPTION, "2601 → " + oinfno);
			}
			default -> {
				return Result.NOTHING_TO_UNDO;
			}
		}
	}

}
