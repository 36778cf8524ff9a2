package org.sanyi.supervision.gateway;

import java.util.Map;

import org.sanyi.insurance.GatewayTransaction;
import org.sanyi.supervision.engine.Stage;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 3101 (明细审核事前分析服务) and 3102 (明细审核事中分析服务) on the national gateway. The gateway has
 * checked the signature, the envelope, the sign-in and the msgid; a malformed input is
 * refused with {@code infcode -2} naming the field (SUP-0001).
 */
@Configuration(proxyBeanMethods = false)
class AnalysisTransactions {

	@Bean
	GatewayTransaction preEventAnalysis3101(EventAnalysis analysis) {
		return transaction("3101", Stage.PRE, analysis);
	}

	@Bean
	GatewayTransaction inEventAnalysis3102(EventAnalysis analysis) {
		return transaction("3102", Stage.IN, analysis);
	}

	private static GatewayTransaction transaction(String infno, Stage stage, EventAnalysis analysis) {
		return new GatewayTransaction() {

			@Override
			public String infno() {
				return infno;
			}

			@Override
			public Map<String, Object> handle(Request request) {
				return analysis.analyse(request, stage);
			}

		};
	}

}
