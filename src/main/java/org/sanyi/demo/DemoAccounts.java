package org.sanyi.demo;

import java.util.List;

import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;

import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * A demo account for every role, all with the password {@link #PASSWORD}. The regional
 * and institutional accounts point into the demo city: the city's health commission and
 * insurance bureau see all of 青溪市, the county ones only 云岫县, the doctor only 云岫县总医院, the
 * family doctor only her township centre, the pharmacist (审方药师) only 云岫县总医院 and the
 * insurance clerk only 青溪市第一医院. Accounts that exist are left alone.
 */
@Component
@Order(100)
class DemoAccounts implements DemoStep {

	static final String PASSWORD = "Sanyi@2026";

	static final String CITY = DemoRegionGenerator.CITY_CODE;

	static final String COUNTY = DemoRegionGenerator.NAMED_COUNTY_CODE;

	/**
	 * The first primary-care centre of 云岫县 (a member of its medical community), where the
	 * family-doctor account works and refers up to 云岫县总医院.
	 */
	static final String FAMILY_DOCTOR_CENTRE = "H" + COUNTY + "00011";

	/** 云岫县总医院's 审方药师: 审方 of its e-prescriptions and 处方点评. */
	/**
	 * The enterprise account: 青溪制药有限公司, the first enterprise the demo registers for 阳光采购
	 * (so its platform code).
	 */
	static final String SUPPLIER = "qiye";

	static final String SUPPLIER_CODE = "E35990000001";

	/**
	 * The city health commission's second officer, who approves what {@code wjw}
	 * proposes.
	 */
	static final String HEALTH_REVIEWER = "wjw_audit";

	static final String PHARMACIST = "yaoshi";

	static final String PHARMACIST_NAME = "林雅琴（云岫县总医院药学部）";

	static final List<NewAccount> ACCOUNTS = List.of(
			new NewAccount("admin", PASSWORD, "平台管理员", "PLATFORM_ADMIN", null, null, null, null),
			new NewAccount("wjw", PASSWORD, "林晓岚（市卫健委）", "HEALTH_REGULATOR", CITY, null, null, "13859000001"),
			new NewAccount("wjw_county", PASSWORD, "陈志明（云岫县卫健局）", "HEALTH_REGULATOR", COUNTY, null, null,
					"13859000002"),
			new NewAccount(HEALTH_REVIEWER, PASSWORD, "郑文华（市卫健委医政医管科）", "HEALTH_REGULATOR", CITY, null, null,
					"13859000009"),
			new NewAccount("ybj", PASSWORD, "黄丽娟（市医保局）", "INSURANCE_OFFICER", CITY, null, null, "13859000003"),
			new NewAccount("ybj_county", PASSWORD, "吴建国（云岫县医保局）", "INSURANCE_OFFICER", COUNTY, null, null,
					"13859000004"),
			new NewAccount("doctor", PASSWORD, "张伟（云岫县总医院）", "DOCTOR", COUNTY,
					DemoRegionGenerator.NAMED_COUNTY_HOSPITAL, null, "13859000005"),
			new NewAccount("ybb", PASSWORD, "郑雅婷（市第一医院医保办）", "INSURANCE_CLERK", CITY,
					DemoRegionGenerator.CITY_FIRST_HOSPITAL, null, "13859000006"),
			new NewAccount("resident", PASSWORD, "李春梅", "RESIDENT", null, null, "demo-resident-1", "13859000007"),
			new NewAccount("jtys", PASSWORD, "刘秀英（家庭医生）", "DOCTOR", COUNTY, FAMILY_DOCTOR_CENTRE, null, "13859000161"),
			new NewAccount(PHARMACIST, PASSWORD, PHARMACIST_NAME, "PHARMACIST", COUNTY,
					DemoRegionGenerator.NAMED_COUNTY_HOSPITAL, null, "13859000022"),
			new NewAccount(SUPPLIER, PASSWORD, "王建华（青溪制药有限公司）", "SUPPLIER", CITY, SUPPLIER_CODE, null, "13859000031"));

	private final UserAccounts accounts;

	DemoAccounts(UserAccounts accounts) {
		this.accounts = accounts;
	}

	@Override
	public String name() {
		return "accounts";
	}

	@Override
	public boolean run() {
		boolean created = false;
		for (NewAccount account : ACCOUNTS) {
			if (accounts.findByUsername(account.username()).isEmpty()) {
				accounts.ensure(account);
				created = true;
			}
		}
		return created;
	}

}
