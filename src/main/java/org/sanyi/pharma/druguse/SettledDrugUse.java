package org.sanyi.pharma.druguse;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.sanyi.insurance.SettledClaims;
import org.sanyi.insurance.SettledClaims.Claim;
import org.sanyi.pharma.engine.Antimicrobials;
import org.sanyi.pharma.engine.Antimicrobials.Ddd;
import org.sanyi.pharma.engine.Antimicrobials.DrugLine;
import org.sanyi.pharma.engine.Antimicrobials.VisitUse;
import org.sanyi.pharma.rational.DrugUseFacts;
import org.sanyi.shared.facts.Fact;
import org.sanyi.terminology.CatalogueItem;
import org.sanyi.terminology.Terminology;

import org.springframework.stereotype.Component;

/**
 * What a settled visit contributes to the drug-use indicators, from its fee lines and the
 * catalogue: an inpatient settlement the discharge, the patient-days, whether the patient
 * had an antimicrobial (住院患者抗菌药物使用率 ≤ 60 %) and its DDDs (AUD = DDDs × 100 / patient-days
 * ≤ 40); an outpatient visit with drugs one prescription (门诊抗菌药物处方比例 ≤ 20 %, 急诊 ≤ 40 %,
 * 基本药物处方占比).
 */
@Component
public class SettledDrugUse {

	public static final String DISCHARGES = "pharma.inpatient.discharges";

	public static final String PATIENT_DAYS = "pharma.inpatient.days";

	public static final String INPATIENT_ANTIBIOTIC = "pharma.inpatient.antibiotic";

	public static final String INPATIENT_DDD = "pharma.inpatient.antimicrobial.ddd";

	public static final String UNMEASURED = "pharma.inpatient.antimicrobial.unmeasured";

	/** Outpatient visits settled on the platform (门诊人次, emergency apart). */
	public static final String VISITS_OUTPATIENT = "pharma.visit.outpatient";

	/** Those whose fee lines include a systemic antibacterial (ATC J01). */
	public static final String VISITS_OUTPATIENT_ANTIBACTERIAL = "pharma.visit.outpatient.antibacterial";

	/** Emergency visits settled (med_type 13). */
	public static final String VISITS_EMERGENCY = "pharma.visit.emergency";

	public static final String VISITS_EMERGENCY_ANTIBACTERIAL = "pharma.visit.emergency.antibacterial";

	/** 西药: the charge type of every J01 line (med_chrgitm_type 09). */
	static final String WESTERN_DRUGS = "09";

	/** 西药, 中药饮片, 中成药 (med_chrgitm_type). */
	private static final Set<String> DRUG_CHARGES = Set.of("09", "10", "11");

	private final Terminology terminology;

	private final DddTable ddds;

	SettledDrugUse(Terminology terminology, DddTable ddds) {
		this.terminology = terminology;
		this.ddds = ddds;
	}

	/** Catalogue items and DDD tables read once per batch of claims. */
	final class Lookup {

		private final Map<String, Optional<CatalogueItem>> items = new HashMap<>();

		private final Map<String, List<Ddd>> tables = new HashMap<>();

		VisitUse use(Claim claim) {
			List<Ddd> table = tables.computeIfAbsent(claim.institutionRegion(), ddds::forRegion);
			return Antimicrobials.of(lines(claim), table);
		}

		/**
		 * Whether the visit's lines include a systemic antibacterial (ATC J01 of the
		 * catalogue's drug profile, else of the national code).
		 */
		boolean antibacterial(Claim claim) {
			return Antimicrobials.antibacterial(lines(claim));
		}

		private List<DrugLine> lines(Claim claim) {
			List<DrugLine> lines = new ArrayList<>();
			LocalDate day = claim.settled();
			for (SettledClaims.Line l : claim.lines()) {
				if (DRUG_CHARGES.contains(l.chargeType())) {
					lines.add(line(l, items.computeIfAbsent(l.code(), c -> terminology.catalogueItem(c, day))));
				}
			}
			return lines;
		}

	}

	Lookup lookup() {
		return new Lookup();
	}

	/**
	 * Catalogue items as the live listeners last read them, for one day and at most a
	 * minute (as insurance keeps its catalogue): a settlement's drugs are looked up in
	 * memory, and a catalogue version published during the day is seen within a minute.
	 */
	private volatile LiveItems live = new LiveItems(LocalDate.MIN, 0);

	private record LiveItems(LocalDate day, long readAt, Map<String, Optional<CatalogueItem>> items) {

		LiveItems(LocalDate day, long readAt) {
			this(day, readAt, new ConcurrentHashMap<>());
		}

	}

	/**
	 * Whether a settlement's drugs (quantity per national code, as its event carries
	 * them) include a systemic antibacterial, as {@link Lookup#antibacterial} decides
	 * from its lines. A code the catalogue does not hold nets under the code itself.
	 */
	boolean antibacterial(Map<String, BigDecimal> drugs, LocalDate day) {
		LiveItems items = live;
		if (!items.day().equals(day) || System.nanoTime() - items.readAt() > 60_000_000_000L) {
			items = new LiveItems(day, System.nanoTime());
			live = items;
		}
		List<DrugLine> lines = new ArrayList<>(drugs.size());
		for (Map.Entry<String, BigDecimal> d : drugs.entrySet()) {
			Optional<CatalogueItem> item = items.items()
				.computeIfAbsent(d.getKey(), c -> terminology.catalogueItem(c, day));
			lines.add(line(d.getKey(), d.getKey(), d.getValue(), item));
		}
		return Antimicrobials.antibacterial(lines);
	}

	/**
	 * A fee line as a drug line: the catalogue's profile, else what the national code
	 * says.
	 */
	static DrugLine line(SettledClaims.Line l, Optional<CatalogueItem> item) {
		return line(l.code(), l.name(), l.quantity(), item);
	}

	/**
	 * A drug by national code, name as billed and quantity: the catalogue's profile, else
	 * what the code says.
	 */
	static DrugLine line(String code, String name, BigDecimal quantity, Optional<CatalogueItem> item) {
		if (item.isPresent()) {
			CatalogueItem i = item.get();
			String atc = i.profile().atcClass() != null ? i.profile().atcClass() : atcOfCode(code);
			String generic = i.profile().genericName() != null ? i.profile().genericName() : i.name();
			BigDecimal grams = Antimicrobials.gramsPerUnit(i.specification())
				.map(g -> g.multiply(BigDecimal.valueOf(i.profile().unitFactor())))
				.orElse(null);
			return new DrugLine(atc, generic, Antimicrobials.route(i.dosageForm(), i.name()), grams, quantity,
					i.profile().essential());
		}
		return new DrugLine(atcOfCode(code), name, Antimicrobials.route(null, name), null, quantity, false);
	}

	/** A 西药 code carries its ATC level-4 class in characters 2–6 (XJ01CRA001 → J01CR). */
	static String atcOfCode(String code) {
		return code != null && code.length() >= 6 && code.charAt(0) == 'X' ? code.substring(1, 6) : null;
	}

	/**
	 * The facts of an inpatient settlement (the discharge only when it closes the stay).
	 */
	static List<Fact> inpatientFacts(String institution, LocalDate day, boolean closes, long patientDays,
			VisitUse use) {
		List<Fact> facts = new ArrayList<>();
		if (closes) {
			facts.add(Fact.of(DISCHARGES, institution, day, BigDecimal.ONE));
			facts.add(Fact.of(PATIENT_DAYS, institution, day, BigDecimal.valueOf(patientDays)));
			if (use.antibiotic()) {
				facts.add(Fact.of(INPATIENT_ANTIBIOTIC, institution, day, BigDecimal.ONE));
			}
		}
		if (use.ddds().signum() != 0) {
			facts.add(Fact.of(INPATIENT_DDD, institution, day, use.ddds()));
		}
		if (use.unmeasured() > 0) {
			facts.add(Fact.of(UNMEASURED, institution, day, BigDecimal.valueOf(use.unmeasured())));
		}
		return facts;
	}

	/**
	 * The facts of an outpatient visit with drugs as one prescription (the elements the
	 * uploaded e-prescriptions report live): med_type 13 is 急诊.
	 */
	static List<Fact> outpatientFacts(String institution, LocalDate day, String medType, VisitUse use) {
		if (!use.drugs()) {
			return List.of();
		}
		boolean emergency = "13".equals(medType);
		List<Fact> facts = new ArrayList<>();
		facts.add(Fact.of(emergency ? DrugUseFacts.EMERGENCY : DrugUseFacts.OUTPATIENT, institution, day,
				BigDecimal.ONE));
		if (use.antibiotic()) {
			facts.add(Fact.of(emergency ? DrugUseFacts.EMERGENCY_ANTIBIOTIC : DrugUseFacts.OUTPATIENT_ANTIBIOTIC,
					institution, day, BigDecimal.ONE));
		}
		if (use.essential()) {
			facts.add(Fact.of(DrugUseFacts.ESSENTIAL, institution, day, BigDecimal.ONE));
		}
		return facts;
	}

	/**
	 * The facts of a settled outpatient visit for 门诊患者抗菌药物使用率: the visit, and whether it
	 * had a systemic antibacterial (med_type 13 counts as 急诊).
	 */
	static List<Fact> visitFacts(String institution, LocalDate day, boolean emergency, boolean antibacterial,
			int sign) {
		BigDecimal one = BigDecimal.valueOf(sign);
		List<Fact> facts = new ArrayList<>(2);
		facts.add(Fact.of(emergency ? VISITS_EMERGENCY : VISITS_OUTPATIENT, institution, day, one));
		if (antibacterial) {
			facts.add(Fact.of(emergency ? VISITS_EMERGENCY_ANTIBACTERIAL : VISITS_OUTPATIENT_ANTIBACTERIAL, institution,
					day, one));
		}
		return facts;
	}

	/** 急诊 (med_type 13). */
	static boolean emergency(String medType) {
		return "13".equals(medType);
	}

	/**
	 * An outpatient visit of a hospital or clinic: neither inpatient nor a retail
	 * pharmacy's sale (med_type 41; a pharmacy's settlements are also left out by its
	 * registry kind).
	 */
	static boolean outpatient(String medType) {
		return medType != null && !inpatient(medType) && !"41".equals(medType);
	}

	/**
	 * Patient-days of a stay: discharge − admission, a same-day stay counting 1 (as
	 * insurance counts).
	 */
	static long patientDays(LocalDate admission, LocalDate discharge) {
		if (admission == null || discharge == null) {
			return 1;
		}
		return Math.max(1, ChronoUnit.DAYS.between(admission, discharge));
	}

	static boolean inpatient(String medType) {
		return medType != null && (medType.startsWith("2") || "52".equals(medType));
	}

}
