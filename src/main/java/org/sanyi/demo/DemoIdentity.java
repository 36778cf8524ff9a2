package org.sanyi.demo;

import java.time.LocalDate;
import java.util.List;

import org.sanyi.identity.EVouchers;
import org.sanyi.identity.HealthCards;
import org.sanyi.identity.PatientRegistration;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.shared.IdNumber;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Residents of the demo city in the master patient index: the {@code resident} account's
 * 李春梅 ({@code
 * demo-resident-1}, registered at 云岫县总医院 and 青溪市第一医院, with a health card and an e-voucher
 * account), a few more residents, and known duplicates across hospitals so the review
 * queue has work: a homophone surname with the same phone (auto-linked), and two
 * namesakes without corroborating fields (review).
 */
@Component
@Order(200)
class DemoIdentity implements DemoStep {

	static final String COUNTY_HOSPITAL = "H35992100001";

	static final String CITY_HOSPITAL = "H35990000001";

	/** 李春梅's ID number: region 359921 (云岫县), born 1986-04-12, female. */
	static final String RESIDENT_ID_NUMBER = id("359921", "19860412", 262);

	private final ResidentIndex index;

	private final HealthCards cards;

	private final EVouchers vouchers;

	DemoIdentity(ResidentIndex index, HealthCards cards, EVouchers vouchers) {
		this.index = index;
		this.cards = cards;
		this.vouchers = vouchers;
	}

	static String id(String region, String birth, int seq) {
		String first17 = region + birth + String.format("%03d", seq);
		return first17 + IdNumber.checkCharacter(first17);
	}

	@Override
	public String name() {
		return "identity";
	}

	@Override
	public boolean run() {
		if (index.find("demo-resident-1").isPresent()) {
			return false;
		}
		index.register(
				COUNTY_HOSPITAL, new PatientRegistration("YX0000001", "李春梅", "2", LocalDate.of(1986, 4, 12),
						RESIDENT_ID_NUMBER, "13859000007", "福建省青溪市云岫县城关镇溪南路18号", DemoInsurance.RESIDENT_PSN_NO),
				"demo-resident-1");
		index.register(CITY_HOSPITAL, new PatientRegistration("QX1000001", "李春梅", "2", LocalDate.of(1986, 4, 12),
				RESIDENT_ID_NUMBER, "13859000007", "青溪市云岫县城关镇溪南路18号", null));
		cards.issue("demo-resident-1");
		vouchers.openAccount("demo-resident-1", DemoInsurance.RESIDENT_PSN_NO, "359921");
		List<PatientRegistration> county = List.of(
				new PatientRegistration("YX0000002", "陈建华", "1", LocalDate.of(1958, 9, 3),
						id("359921", "19580903", 113), "13859001001", "福建省青溪市云岫县城关镇溪南路20号", null),
				new PatientRegistration("YX0000003", "林秀英", "2", LocalDate.of(1962, 1, 25),
						id("359921", "19620125", 224), "13859001002", "福建省青溪市云岫县溪口镇上坂村3组", null),
				new PatientRegistration("YX0000004", "黄志强", "1", LocalDate.of(1979, 11, 8), null, "13859001003",
						"福建省青溪市云岫县城关镇新华路6号", null),
				new PatientRegistration("YX0000005", "王晓明", "1", LocalDate.of(1990, 6, 15), null, null, null, null));
		county.forEach(p -> index.register(COUNTY_HOSPITAL, p));
		// duplicates at the city hospital: 程 for 陈 with the same phone (linked);
		// namesakes (review)
		index.register(CITY_HOSPITAL, new PatientRegistration("QX1000002", "程建华", "1", LocalDate.of(1958, 9, 3), null,
				"13859001001", "青溪市云岫县城关镇溪南路20号", null));
		index.register(CITY_HOSPITAL, new PatientRegistration("QX1000003", "王晓明", "1", LocalDate.of(1990, 6, 15), null,
				"13859001999", "青溪市青溪区滨江路9号", null));
		index.register(CITY_HOSPITAL,
				new PatientRegistration("QX1000004", "黄志强", "1", LocalDate.of(1979, 11, 8), null, null, null, null));
		return true;
	}

}
