package org.sanyi.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.sanyi.clinical.ImagingReadings;
import org.sanyi.clinical.ImagingReadings.Request;
import org.sanyi.clinical.ImagingReadings.Sample;
import org.sanyi.demo.internal.DemoRegionGenerator;
import org.sanyi.identity.Resident;
import org.sanyi.identity.ResidentIndex;
import org.sanyi.insurance.InsuranceAdmin.NewPerson;
import org.sanyi.registry.Alliance;
import org.sanyi.registry.Institution;
import org.sanyi.registry.Registry;
import org.sanyi.security.UserAccounts;
import org.sanyi.security.UserAccounts.NewAccount;
import org.sanyi.shared.PlatformTime;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Regional imaging reading in 云岫县's medical community: the township health centres send
 * chest radiographs and chest or head CTs (synthetic DICOM, deterministic) to 云岫县总医院's
 * imaging centre over the last two days, which has read and signed most of them (a few
 * after the deadline), is reading some (taken, or with a draft report), and has the
 * newest waiting, one of them urgent and overdue; one request was withdrawn. Two
 * radiologists read (the demo accounts {@code radiologist} and {@code radiologist2}), and
 * a township doctor ({@code township_doctor}) sends. 李春梅's chest CT from her township
 * centre is signed. About 40 studies at scale 1.
 */
@Component
@Order(460)
class DemoImaging implements DemoStep {

	static final String RADIOLOGIST = "radiologist";

	static final String RADIOLOGIST_2 = "radiologist2";

	private final ImagingReadings imaging;

	private final Registry registry;

	private final ResidentIndex residents;

	private final UserAccounts accounts;

	private final DemoYear year;

	private final DemoProperties properties;

	DemoImaging(ImagingReadings imaging, Registry registry, ResidentIndex residents, UserAccounts accounts,
			DemoYear year, DemoProperties properties) {
		this.imaging = imaging;
		this.registry = registry;
		this.residents = residents;
		this.accounts = accounts;
		this.year = year;
		this.properties = properties;
	}

	@Override
	public String name() {
		return "imaging readings";
	}

	@Override
	public boolean run() {
		if (imaging.any()) {
			return false;
		}
		String county = DemoRegionGenerator.NAMED_COUNTY_HOSPITAL;
		LocalDate today = PlatformTime.today();
		Optional<Alliance> community = registry.alliancesOf(county, today)
			.stream()
			.filter(a -> a.kind() == Alliance.Kind.COUNTY_COMMUNITY)
			.findFirst();
		if (community.isEmpty()) {
			return false;
		}
		List<Institution> centres = registry.institutionsInAlliance(community.get().id(), today)
			.stream()
			.filter(i -> i.kind() == Institution.Kind.TOWNSHIP_HEALTH_CENTRE)
			.toList();
		if (centres.isEmpty()) {
			return false;
		}
		accounts.ensure(new NewAccount(RADIOLOGIST, DemoAccounts.PASSWORD, "王晓东（云岫县总医院影像科）", "DOCTOR",
				DemoAccounts.COUNTY, county, null, "13859000011"));
		accounts.ensure(new NewAccount(RADIOLOGIST_2, DemoAccounts.PASSWORD, "陈静（云岫县总医院影像科）", "DOCTOR",
				DemoAccounts.COUNTY, county, null, "13859000012"));
		Institution township = centres.getFirst();
		accounts.ensure(new NewAccount("township_doctor", DemoAccounts.PASSWORD, "刘芳（" + township.name() + "）",
				"DOCTOR", township.regionCode(), township.code(), null, "13859000013"));

		List<String> patients = patients(centres.size() * 4);
		SplittableRandom dice = new SplittableRandom(properties.seed() ^ 0x1A6EL);
		int studies = Math.max(10, (int) Math.round(40 * properties.scale()));
		Instant now = Instant.now();
		// 李春梅's chest CT from her township centre, read yesterday: a small nodule to
		// follow up
		long li = send(township, "LCM", "demo-resident-1", "CT", "CHEST", "胸部CT平扫", true, "ROUTINE",
				"咳嗽两周，外院胸片右上肺小结节影，请明确", now.minus(Duration.ofHours(26)));
		read(li, RADIOLOGIST, "王晓东（云岫县总医院影像科）", now.minus(Duration.ofHours(20)),
				"右肺上叶后段见一直径约6mm实性小结节，边界清楚，未见分叶及毛刺。双肺余野清晰，纵隔居中，心影不大，未见胸腔积液。", "右肺上叶实性小结节（约6mm），建议6-12个月后低剂量CT复查。");
		for (int i = 0; i < studies && !patients.isEmpty(); i++) {
			Institution from = centres.get(i % centres.size());
			String patient = patients.get(i % patients.size());
			int kind = dice.nextInt(10);
			boolean ct = kind >= 6;
			boolean head = kind >= 9;
			boolean lesion = dice.nextInt(4) == 0;
			int age = studies - 1 - i; // 0 = the newest
			// the second newest is urgent and already past its two hours: the worklist's
			// overdue one
			String priority = age == 1 ? "URGENT" : i % 9 == 0 ? "STAT" : i % 4 == 0 ? "URGENT" : "ROUTINE";
			// spread over the last two days; the newest still waiting
			Instant at = now.minus(Duration.ofMinutes(20 + (long) (studies - i) * 70));
			long id = send(from, "S" + i, patient, ct ? "CT" : "DX", head ? "HEAD" : "CHEST",
					head ? "头颅CT平扫" : ct ? "胸部CT平扫" : "胸部DR正位片", lesion, priority, question(head, ct), at);
			String reader = i % 3 == 0 ? RADIOLOGIST_2 : RADIOLOGIST;
			String readerName = reader.equals(RADIOLOGIST) ? "王晓东（云岫县总医院影像科）" : "陈静（云岫县总医院影像科）";
			int waiting = Math.max(2, studies * 15 / 100);
			int inProgress = Math.max(1, studies * 5 / 100);
			if (age < waiting) {
				continue;
			}
			if (age == waiting) {
				imaging.cancel(id, from.code());
			}
			else if (age <= waiting + inProgress) {
				imaging.take(id, reader, readerName, at.plus(Duration.ofMinutes(5)));
			}
			else if (age <= waiting + 2 * inProgress) {
				imaging.take(id, reader, readerName, at.plus(Duration.ofMinutes(10)));
				imaging.draft(id, reader, findings(head, ct, lesion), null);
			}
			else {
				// signed: mostly within the deadline, every fifth one late when it is old
				// enough
				Duration due = "STAT".equals(priority) ? Duration.ofMinutes(30)
						: "URGENT".equals(priority) ? Duration.ofHours(2) : Duration.ofHours(24);
				boolean late = i % 5 == 0 && Duration.between(at, now).compareTo(due.plusMinutes(40)) > 0;
				Duration took = late ? due.plusMinutes(20) : Duration.ofMinutes(15 + dice.nextInt(15));
				read(id, reader, readerName, at.plus(took), findings(head, ct, lesion), impression(head, ct, lesion));
			}
		}
		return true;
	}

	private long send(Institution from, String key, String residentId, String modality, String bodyPart,
			String description, boolean lesion, String priority, String question, Instant at) {
		LocalDate day = LocalDate.ofInstant(at, PlatformTime.zone());
		List<byte[]> files = imaging.sample(new Sample("demo/" + from.code() + "/" + key, residentId, modality,
				bodyPart, description, day, "CT".equals(modality) ? 6 : 1, lesion));
		return imaging.request(new Request(from.code(), "township_doctor", residentId, priority, question, files, at));
	}

	private void read(long id, String reader, String readerName, Instant signedAt, String findings, String impression) {
		imaging.take(id, reader, readerName, signedAt.minus(Duration.ofMinutes(12)));
		imaging.draft(id, reader, findings, impression);
		imaging.sign(id, reader, signedAt);
	}

	/** Residents of 云岫县 (the pilot county) the master patient index knows. */
	private List<String> patients(int wanted) {
		List<String> ids = new ArrayList<>();
		for (NewPerson p : year.population().persons()) {
			if (ids.size() >= wanted) {
				break;
			}
			if (p.region() != null && p.region().startsWith(DemoAccounts.COUNTY)) {
				residents.findByIdNumber(p.certNo()).map(Resident::residentId).ifPresent(ids::add);
			}
		}
		return ids;
	}

	private static String question(boolean head, boolean ct) {
		return head ? "头晕伴左侧肢体乏力半天，排除脑出血" : ct ? "发热咳嗽一周，肺部感染？" : "体检胸片";
	}

	private static String findings(boolean head, boolean ct, boolean lesion) {
		if (head) {
			return lesion ? "右侧颞叶见片状高密度影，大小约2.1cm×1.6cm，周围见低密度水肿带，中线结构居中，脑室系统未见扩大。"
					: "脑实质内未见异常密度影，灰白质分界清楚，脑室系统未见扩大，中线结构居中，颅骨未见骨折。";
		}
		if (ct) {
			return lesion ? "右肺上叶见一直径约8mm实性结节，边缘光整。双肺纹理增粗，纵隔内未见肿大淋巴结，未见胸腔积液。"
					: "双肺纹理清晰，未见实变及结节影，气管支气管通畅，纵隔居中，心影不大，未见胸腔积液。";
		}
		return lesion ? "右上肺野见一类圆形结节影，直径约1cm，边缘尚清。心影大小形态正常，双膈面光整，肋膈角锐利。" : "双肺纹理清晰，未见实变影，心影大小形态正常，双膈面光整，肋膈角锐利。";
	}

	private static String impression(boolean head, boolean ct, boolean lesion) {
		if (head) {
			return lesion ? "右侧颞叶脑出血，建议神经外科会诊。" : "颅脑CT平扫未见明显异常。";
		}
		if (ct) {
			return lesion ? "右肺上叶实性结节，建议3个月后复查胸部CT。" : "胸部CT平扫未见明显异常。";
		}
		return lesion ? "右上肺结节影，建议进一步胸部CT检查。" : "心肺膈未见明显异常。";
	}

}
