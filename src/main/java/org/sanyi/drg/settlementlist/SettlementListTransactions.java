package org.sanyi.drg.settlementlist;

import java.util.Map;

import org.sanyi.insurance.GatewayTransaction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 4101 (医疗保障基金结算清单信息上传: the list with its amounts) and 4101A (结算清单（新）: the clinical
 * parts; the amounts come from the settlement) on the national gateway. The gateway has
 * checked signature, envelope, sign-in and msgid; the answer is
 * {@code output.data.setl_list_id}, a refusal {@code infcode -2} with every problem.
 */
@Configuration(proxyBeanMethods = false)
class SettlementListTransactions {

	@Bean
	GatewayTransaction settlementList4101(SettlementListService lists) {
		return transaction("4101", lists);
	}

	@Bean
	GatewayTransaction settlementList4101A(SettlementListService lists) {
		return transaction("4101A", lists);
	}

	private static GatewayTransaction transaction(String infno, SettlementListService lists) {
		return new GatewayTransaction() {

			@Override
			public String infno() {
				return infno;
			}

			@Override
			public Map<String, Object> handle(Request request) {
				String id = lists.upload(infno, request.institutionCode(), request.msgid(), request.operator(),
						request.input(), request.received());
				return Map.of("data", Map.of("setl_list_id", id));
			}

		};
	}

}
