package org.sanyi.clinical.referral.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.sanyi.clinical.referral.engine.Direction;
import org.sanyi.clinical.referral.engine.ReferralStatus;

class ReferralFilingTest {

	static Referral referral(Direction direction, ReferralStatus status, LocalDateTime slot) {
		return new Referral(7, "RF20261204-7", direction, "OUTPATIENT", false, status, "R-1", "H35992100011", "城关镇卫生院",
				"H35992100001", "云岫县总医院", "0301", "心内科", true, "YCT-1", null, "I10.x00", "原发性高血压", "血压控制不佳，需调整用药", null,
				null, "刘秀英", Instant.parse("2026-12-01T01:00:00Z"), null, slot, null, null, "张伟",
				Instant.parse("2026-12-02T02:00:00Z"), null, null, null, null, null);
	}

	@Test
	void anAcceptedUpReferralGivesItsSenderTheRefmedinOf2501() {
		Referral r = referral(Direction.UP, ReferralStatus.ACCEPTED, LocalDateTime.of(2026, 12, 8, 9, 0));

		var m = ReferralFiling.node(r, "359900");

		assertThat(m.get("reflin_medins_no")).isEqualTo("H35992100001");
		assertThat(m.get("reflin_medins_name")).isEqualTo("云岫县总医院");
		assertThat(m.get("mdtrtarea_admdvs")).isEqualTo("359900");
		assertThat(m.get("diag_code")).isEqualTo("I10.x00");
		assertThat(m.get("hosp_agre_refl_flag")).isEqualTo("1");
		assertThat(m.get("refl_date")).isEqualTo("2026-12-02");
		assertThat(m.get("begndate")).isEqualTo("2026-12-08");
		assertThat(m.get("enddate")).isEqualTo("2027-03-08");
		assertThat(m.get("refl_opnn")).isEqualTo("RF20261204-7 云岫县总医院 张伟");
		assertThat(m).containsKeys("psn_no", "insutype", "refl_type");
		assertThat(m.get("psn_no")).isNull();
	}

	@Test
	void onlyTheSenderOfAnAcceptedUpReferralFilesIt() {
		assertThat(ReferralFiling.applies(referral(Direction.UP, ReferralStatus.ACCEPTED, null), "H35992100011"))
			.isTrue();
		assertThat(ReferralFiling.applies(referral(Direction.UP, ReferralStatus.COMPLETED, null), "H35992100011"))
			.isTrue();
		assertThat(ReferralFiling.applies(referral(Direction.UP, ReferralStatus.ACCEPTED, null), "H35992100001"))
			.isFalse();
		assertThat(ReferralFiling.applies(referral(Direction.UP, ReferralStatus.REQUESTED, null), "H35992100011"))
			.isFalse();
		assertThat(ReferralFiling.applies(referral(Direction.UP, ReferralStatus.REJECTED, null), "H35992100011"))
			.isFalse();
		assertThat(ReferralFiling.applies(referral(Direction.DOWN, ReferralStatus.ACCEPTED, null), "H35992100011"))
			.isFalse();
		assertThat(ReferralFiling.node(referral(Direction.UP, ReferralStatus.ACCEPTED, null), "359900").get("begndate"))
			.isEqualTo("2026-12-02");
	}

}
