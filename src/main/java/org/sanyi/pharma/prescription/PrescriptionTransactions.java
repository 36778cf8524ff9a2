package org.sanyi.pharma.prescription;

import java.util.Map;
import java.util.function.Function;

import org.sanyi.insurance.GatewayTransaction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * 电子处方流转 on the national gateway through insurance's {@link GatewayTransaction} SPI.
 * Hospital side: 7101 pre-check, 7102 upload (doctor's signature), 7103 revoke, 7104
 * query, 7105 dispensing result. Pharmacy side: 7201 release, 7202 query by token, 7203
 * download, 7204 pharmacist review (pharmacist's signature), 7205 delivery, 7206 sale and
 * settlement write-off. The sources number the steps differently by spec version
 * (next-wave.md §3.2); this is the platform's numbering, one step per number.
 */
@Configuration(proxyBeanMethods = false)
class PrescriptionTransactions {

	@Bean
	GatewayTransaction rxPrecheck7101(HospitalPrescriptions h) {
		return transaction("7101", h::precheck);
	}

	@Bean
	GatewayTransaction rxUpload7102(HospitalPrescriptions h) {
		return transaction("7102", h::upload);
	}

	@Bean
	GatewayTransaction rxRevoke7103(HospitalPrescriptions h) {
		return transaction("7103", h::revoke);
	}

	@Bean
	GatewayTransaction rxQuery7104(HospitalPrescriptions h) {
		return transaction("7104", h::query);
	}

	@Bean
	GatewayTransaction rxDispensingResult7105(HospitalPrescriptions h) {
		return transaction("7105", h::dispensingResult);
	}

	@Bean
	GatewayTransaction rxRelease7201(PharmacyPrescriptions p) {
		return transaction("7201", p::release);
	}

	@Bean
	GatewayTransaction rxQuery7202(PharmacyPrescriptions p) {
		return transaction("7202", p::query);
	}

	@Bean
	GatewayTransaction rxDownload7203(PharmacyPrescriptions p) {
		return transaction("7203", p::download);
	}

	@Bean
	GatewayTransaction rxReview7204(PharmacyPrescriptions p) {
		return transaction("7204", p::review);
	}

	@Bean
	GatewayTransaction rxDelivery7205(PharmacyPrescriptions p) {
		return transaction("7205", p::deliver);
	}

	@Bean
	GatewayTransaction rxSale7206(PrescriptionSales s) {
		return transaction("7206", s::sell);
	}

	private static GatewayTransaction transaction(String infno,
			Function<GatewayTransaction.Request, Map<String, Object>> handler) {
		return new GatewayTransaction() {

			@Override
			public String infno() {
				return infno;
			}

			@Override
			public Map<String, Object> handle(Request request) {
				return handler.apply(request);
			}

		};
	}

}
