package org.sanyi.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import org.sanyi.clinical.Consultations;
import org.sanyi.clinical.Consultations.Consultant;
import org.sanyi.clinical.Consultations.Request;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import org.sanyi.shared.PlatformTime;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A few remote consultations from 云岫县总医院 (the demo doctor 张伟) to 青溪市第一医院, whose doctor
 * {@code consultant} (赵海涛) answers: one completed last week with the opinion in 李春梅's
 * shared record and the 远程会诊 fee, one multidisciplinary consultation scheduled for
 * tomorrow afternoon with its meeting link, one waiting to be scheduled, one declined.
 */
@Component
@Order(470)
class DemoConsultations implements DemoStep {

	static final String CONSULTANT = "consultant";

	private final Consultations consultations;

	private final UserAccounts accounts;

	DemoConsultations(Consultations consultations, UserAccounts accounts) {
		this.consultations = consultations;
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return "remote consultations";
	}

	@Override
	public boolean run() {
		if (consultations.any()) {
			return false;
		}
		String county = DemoRegionGenerator.NAMED_COUNTY_HOSPITAL;
		String city = DemoRegionGenerator.CITY_FIRST_HOSPITAL;
		String name = "赵海涛（市第一医院呼吸与危重症医学科）";
		accounts.ensure(new NewAccount(CONSULTANT, DemoAccounts.PASSWORD, name, "DOCTOR", DemoAccounts.CITY, city, null,
				"13859000021"));
		Instant now = Instant.now();
		String requester = "张伟（云岫县总医院）";

		long done = consultations.request(new Request(county, "doctor", requester, "demo-resident-1", city,
				"右肺上叶实性小结节约6mm，既往肺炎住院史，请会诊随访方案。", List.of(), now.minus(Duration.ofDays(7))));
		consultations.schedule(done, city, CONSULTANT, now.minus(Duration.ofDays(6)), 30,
				"https://meeting.qxsyy.example.cn/r/20261128", List.of(new Consultant("赵海涛", "呼吸与危重症医学科")),
				now.minus(Duration.ofDays(7)).plus(Duration.ofHours(3)));
		consultations.complete(done, city, CONSULTANT, name,
				"结节为实性、直径约6mm，无分叶毛刺，结合既往肺炎病史考虑良性可能大；按低危结节处理，建议6-12个月后复查低剂量胸部CT，暂不需穿刺活检。",
				now.minus(Duration.ofDays(6)).plus(Duration.ofMinutes(40)));

		long mdt = consultations.request(new Request(county, "doctor", requester, "demo-resident-1", city,
				"高血压合并肺部结节，拟行手术评估，请多学科会诊。", List.of(), now.minus(Duration.ofDays(1))));
		Instant tomorrow = PlatformTime.today()
			.plusDays(1)
			.atTime(LocalTime.of(15, 0))
			.atZone(PlatformTime.zone())
			.toInstant();
		consultations
			.schedule(mdt, city, CONSULTANT, tomorrow, 60, "https://meeting.qxsyy.example.cn/r/mdt-0412",
					List.of(new Consultant("赵海涛", "呼吸与危重症医学科"), new Consultant("李敏", "胸外科"),
							new Consultant("周强", "医学影像科"), new Consultant("王芳", "心血管内科")),
					now.minus(Duration.ofHours(20)));

		consultations.request(new Request(county, "doctor", requester, "demo-resident-1", city,
				"血压控制不佳，已联合三种降压药，请会诊调整方案。", List.of(), now.minus(Duration.ofHours(3))));

		long declined = consultations.request(new Request(county, "doctor", requester, "demo-resident-1", city,
				"皮肤瘙痒一月，请会诊。", List.of(), now.minus(Duration.ofDays(3))));
		consultations.decline(declined, city, CONSULTANT, "本院皮肤科暂未开通远程会诊，建议申请专科联盟牵头医院。",
				now.minus(Duration.ofDays(3)).plus(Duration.ofHours(2)));
		return true;
	}

}
