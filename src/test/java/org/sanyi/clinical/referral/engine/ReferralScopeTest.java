package org.sanyi.clinical.referral.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.sanyi.clinical.referral.engine.ReferralScope.Refusal;
import org.sanyi.clinical.referral.engine.ReferralScope.Site;
import org.sanyi.registry.Institution.Grade;
import org.sanyi.registry.Institution.Kind;

/**
 * Who may refer to whom: up goes higher and down lower, within the city; up-referrals
 * stay in the alliance while it has a higher level; urgent ones may leave it.
 */
class ReferralScopeTest {

	static final Site TOWNSHIP = new Site("H35992100011", CareLevel.PRIMARY, "359900", Set.of("YGT-359921"),
			CareLevel.COUNTY);

	static final Site COUNTY_HOSPITAL = new Site("H35992100001", CareLevel.COUNTY, "359900",
			Set.of("YGT-359921", "ZK-XT"), CareLevel.COUNTY);

	static final Site OTHER_COUNTY_HOSPITAL = new Site("H35992200001", CareLevel.COUNTY, "359900", Set.of("YGT-359922"),
			CareLevel.COUNTY);

	static final Site CITY_HOSPITAL = new Site("H35990000001", CareLevel.CITY, "359900", Set.of("JT-1", "ZK-XT"),
			CareLevel.CITY);

	static final Site CITY_HOSPITAL_OUTSIDE_ALLIANCES = new Site("H35990000002", CareLevel.CITY, "359900",
			Set.of("JT-2"), CareLevel.CITY);

	static final Site OTHER_CITY = new Site("H35980000001", CareLevel.CITY, "359800", Set.of(), CareLevel.CITY);

	@Test
	void aTownshipRefersUpToItsCountyHospitalWithinTheCommunity() {
		var d = ReferralScope.decide(Direction.UP, TOWNSHIP, COUNTY_HOSPITAL, false);
		assertThat(d.allowed()).isTrue();
		assertThat(d.allianceCode()).isEqualTo("YGT-359921");
	}

	@Test
	void aTownshipMayNotPassItsCommunityForAnotherCountyOrTheCity() {
		assertThat(ReferralScope.decide(Direction.UP, TOWNSHIP, OTHER_COUNTY_HOSPITAL, false).refusal())
			.isEqualTo(Refusal.ALLIANCE_FIRST);
		assertThat(ReferralScope.decide(Direction.UP, TOWNSHIP, CITY_HOSPITAL_OUTSIDE_ALLIANCES, false).refusal())
			.isEqualTo(Refusal.ALLIANCE_FIRST);
	}

	@Test
	void anUrgentReferralMayLeaveTheAllianceButNotTheCity() {
		assertThat(ReferralScope.decide(Direction.UP, TOWNSHIP, CITY_HOSPITAL_OUTSIDE_ALLIANCES, true).allowed())
			.isTrue();
		assertThat(ReferralScope.decide(Direction.UP, TOWNSHIP, OTHER_CITY, true).refusal())
			.isEqualTo(Refusal.OUTSIDE_CITY);
	}

	@Test
	void theCountyHospitalRefersOnToTheCityInsideOrOutsideAnAlliance() {
		var inSpecialty = ReferralScope.decide(Direction.UP, COUNTY_HOSPITAL, CITY_HOSPITAL, false);
		assertThat(inSpecialty.allowed()).isTrue();
		assertThat(inSpecialty.allianceCode()).isEqualTo("ZK-XT");
		var outside = ReferralScope.decide(Direction.UP, COUNTY_HOSPITAL, CITY_HOSPITAL_OUTSIDE_ALLIANCES, false);
		assertThat(outside.allowed()).isTrue();
		assertThat(outside.inAlliance()).isFalse();
	}

	@Test
	void upMustGoHigherAndDownLower() {
		assertThat(ReferralScope.decide(Direction.UP, COUNTY_HOSPITAL, OTHER_COUNTY_HOSPITAL, false).refusal())
			.isEqualTo(Refusal.NOT_UPWARD);
		assertThat(ReferralScope.decide(Direction.UP, CITY_HOSPITAL, TOWNSHIP, false).refusal())
			.isEqualTo(Refusal.NOT_UPWARD);
		assertThat(ReferralScope.decide(Direction.DOWN, TOWNSHIP, COUNTY_HOSPITAL, false).refusal())
			.isEqualTo(Refusal.NOT_DOWNWARD);
	}

	@Test
	void aDownReferralGoesHomeEvenOutsideTheAlliance() {
		var d = ReferralScope.decide(Direction.DOWN, CITY_HOSPITAL_OUTSIDE_ALLIANCES, TOWNSHIP, false);
		assertThat(d.allowed()).isTrue();
		assertThat(d.inAlliance()).isFalse();
		assertThat(ReferralScope.decide(Direction.DOWN, COUNTY_HOSPITAL, TOWNSHIP, false).allianceCode())
			.isEqualTo("YGT-359921");
	}

	@Test
	void nobodyRefersToThemselvesOrToAPharmacy() {
		assertThat(ReferralScope.decide(Direction.UP, TOWNSHIP, TOWNSHIP, false).refusal())
			.isEqualTo(Refusal.SAME_INSTITUTION);
		Site pharmacy = new Site("P35992100001", null, "359900", Set.of(), null);
		assertThat(ReferralScope.decide(Direction.UP, TOWNSHIP, pharmacy, false).refusal())
			.isEqualTo(Refusal.NOT_A_CARE_SITE);
	}

	@Test
	void careLevelsComeFromKindAndGrade() {
		assertThat(CareLevel.of(Kind.TOWNSHIP_HEALTH_CENTRE, Grade.L2B)).isEqualTo(CareLevel.PRIMARY);
		assertThat(CareLevel.of(Kind.VILLAGE_CLINIC, Grade.UNGRADED)).isEqualTo(CareLevel.PRIMARY);
		assertThat(CareLevel.of(Kind.GENERAL_HOSPITAL, Grade.L2A)).isEqualTo(CareLevel.COUNTY);
		assertThat(CareLevel.of(Kind.TCM_HOSPITAL, Grade.L3A)).isEqualTo(CareLevel.CITY);
		assertThat(CareLevel.of(Kind.PHARMACY, Grade.UNGRADED)).isNull();
	}

}
