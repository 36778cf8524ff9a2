package org.sanyi.drg.payment;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.sanyi.drg.DrgPayments;
import org.sanyi.drg.parameter.ParameterService;
import org.sanyi.drg.settlementlist.SettlementCases;
import org.sanyi.drg.settlementlist.SettlementListService;
import org.sanyi.security.DataScope;

import org.springframework.stereotype.Service;

/**
 * {@link DrgPayments} for other modules and the demo: the same services the gateway and
 * the pages use.
 */
@Service
class PaymentFacade implements DrgPayments {

	private final SettlementListService lists;

	private final SettlementCases settlements;

	private final ParameterService parameters;

	private final MonthSettlementService months;

	PaymentFacade(SettlementListService lists, SettlementCases settlements, ParameterService parameters,
			MonthSettlementService months) {
		this.lists = lists;
		this.settlements = settlements;
		this.parameters = parameters;
		this.months = months;
	}

	@Override
	public String uploadSettlementList(String infno, String institutionCode, String msgid, String operator,
			Map<String, Object> input) {
		return lists.upload(infno, institutionCode, msgid, operator, SettlementListService.JSON.valueToTree(input),
				OffsetDateTime.now());
	}

	@Override
	public List<InpatientSettlement> settlementsWithoutList(String regionPrefix) {
		return settlements.withoutList(regionPrefix == null ? "" : regionPrefix)
			.stream()
			.map(SettlementCases.Row::api)
			.toList();
	}

	@Override
	public boolean awaitSettlementEvents(Duration timeout) {
		return settlements.await(timeout);
	}

	@Override
	public long proposeParameters(ParameterProposal proposal, String proposer) {
		return parameters.propose(proposal, proposer, DataScope.all());
	}

	@Override
	public void approveParameters(long id, String reviewer, String note) {
		parameters.approve(id, reviewer, note, DataScope.all());
	}

	@Override
	public int settleMonth(YearMonth month, String by) {
		return months.settleAll(month, by, DataScope.all());
	}

}
