package org.sanyi.pharma.engine;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The canonical text a doctor signs, written out by hand. */
class RxContentTest {

	@Test
	void theCanonicalTextSortsFieldsSkipsEmptyOnesAndWritesNumbersPlainly() {
		RxContent rx = new RxContent("H35992100001", "CF0001", "", "3", "35992100000000000001", "D3599210000101",
				"E11.900", 90, true, 3, 28, false, List.of(new RxContent.Line("XA10BHA001A001010101480",
						new BigDecimal("100.0000"), "mg", "qd", "口服", 28, new BigDecimal("4.00"))));
		assertThat(rx.canonicalText()).isEqualTo("dise_codg=E11.900&fixmedins_code=H35992100001&hosp_rxno=CF0001"
				+ "&max_rept_cnt=3&min_inrv_days=28&prsc_dr_code=D3599210000101&psn_no=35992100000000000001"
				+ "&rept_flag=1&rx_cotn_flag=0&rx_type_code=3&valid_days=90"
				+ "&rxdetail[0].ent_cnt=4&rxdetail[0].med_list_codg=XA10BHA001A001010101480"
				+ "&rxdetail[0].medc_way_codg=口服&rxdetail[0].prd_days=28&rxdetail[0].sin_doscnt=100"
				+ "&rxdetail[0].sin_dosunt=mg&rxdetail[0].used_frqu_codg=qd");
	}

}
