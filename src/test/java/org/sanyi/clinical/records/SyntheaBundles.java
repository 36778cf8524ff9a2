package org.sanyi.clinical.records;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.sanyi.clinical.records.ingest.BundleReader;
import org.sanyi.shared.IdNumber;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a Synthea patient (a FHIR R4 transaction bundle as Synthea writes it) into what a
 * hospital of the region sends the shared record: the Patient becomes a resident of the
 * city (a GB 11643 ID number with its check character, a Chinese name, the sex and birth
 * date of the ID number, the sending institution's patient number) and nothing of
 * Synthea's US identity (SSN, driving licence, passport, address, phone, race
 * extensions); the types the shared record keeps stay, the others are dropped (Claim,
 * ExplanationOfBenefit, Provenance, CarePlan, CareTeam, Device, SupplyDelivery,
 * MedicationAdministration, Medication, and the organisations and practitioners that the
 * registry owns); a MedicationRequest that names a dropped Medication carries its code
 * instead, and a reference to another dropped entry keeps only its display text.
 * Residents come either from the demo city (matched by sex and nearest birth date) or are
 * made up. {@link #main} converts a folder for bench/records.sh.
 */
public final class SyntheaBundles {

	static final String ID_NUMBER = "urn:oid:2.16.156.10011.1.3";

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String FAMILY = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢";

	private static final String[] GIVEN_MALE = { "建国", "志强", "伟", "建华", "国平", "海涛", "俊杰", "明", "文斌", "永红", "立新", "春生",
			"德明", "宏伟", "振华" };

	private static final String[] GIVEN_FEMALE = { "秀英", "桂英", "丽娟", "淑芬", "春梅", "玉兰", "海燕", "静", "丽华", "红梅", "晓燕",
			"美玲", "雪梅", "慧敏", "翠萍" };

	private SyntheaBundles() {
	}

	/**
	 * A resident a Synthea patient is mapped to.
	 *
	 * @param residentId the master patient index id when the resident exists, else null
	 * @param sex 1 male, 2 female (GB/T 2261.1)
	 */
	public record Resident(String residentId, String idNumber, String name, String sex, LocalDate birthDate) {
	}

	/**
	 * One converted patient.
	 *
	 * @param kept resources sent, by type (Patient included)
	 * @param dropped Synthea's resources left out, by type
	 */
	public record Converted(String syntheaId, Resident resident, String json, Map<String, Integer> kept,
			Map<String, Integer> dropped, int danglingReferences) {

		/** What the shared record stores besides the Patient. */
		public int stored() {
			return kept.entrySet()
				.stream()
				.filter(e -> !"Patient".equals(e.getKey()))
				.mapToInt(Map.Entry::getValue)
				.sum();
		}

		public int entries() {
			return kept.values().stream().mapToInt(Integer::intValue).sum();
		}

	}

	/**
	 * Synthea's patient bundles in a run's output (not its organisation/practitioner
	 * batches).
	 */
	static List<Path> patientFiles(Path out) throws IOException {
		Path fhir = out.resolve("fhir");
		if (!Files.isDirectory(fhir)) {
			return List.of();
		}
		try (var files = Files.list(fhir)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".json"))
				.filter(p -> !p.getFileName().toString().startsWith("hospitalInformation"))
				.filter(p -> !p.getFileName().toString().startsWith("practitionerInformation"))
				.sorted()
				.toList();
		}
	}

	static JsonNode read(Path file) throws IOException {
		return JSON.readTree(Files.readString(file));
	}

	static JsonNode patientOf(JsonNode bundle) {
		for (JsonNode e : bundle.path("entry")) {
			if ("Patient".equals(e.path("resource").path("resourceType").asString(""))) {
				return e.path("resource");
			}
		}
		throw new IllegalArgumentException("no Patient in the bundle");
	}

	/** 1 male, 2 female, as the Synthea patient's gender. */
	static String sexOf(JsonNode bundle) {
		return "male".equals(patientOf(bundle).path("gender").asString("")) ? "1" : "2";
	}

	static LocalDate birthDateOf(JsonNode bundle) {
		return LocalDate.parse(patientOf(bundle).path("birthDate").asString());
	}

	/**
	 * The resident of {@code pool} of the patient's sex with the nearest birth date, not
	 * yet {@code used}; null when none is left.
	 */
	static Resident match(JsonNode bundle, List<Resident> pool, Set<String> used) {
		String sex = sexOf(bundle);
		LocalDate birth = birthDateOf(bundle);
		return pool.stream()
			.filter(r -> sex.equals(r.sex()) && !used.contains(r.idNumber()))
			.min(Comparator.comparingLong(r -> Math.abs(r.birthDate().toEpochDay() - birth.toEpochDay())))
			.orElse(null);
	}

	/**
	 * A made-up resident of {@code region} (6 digits) with the patient's sex and birth
	 * date; {@code n} makes the sequence number (and the name) differ.
	 */
	static Resident newResident(JsonNode bundle, String region, int n) {
		String sex = sexOf(bundle);
		LocalDate birth = birthDateOf(bundle);
		int sequence = (n % 499) * 2 + ("1".equals(sex) ? 1 : 0);
		String first17 = region + birth.toString().replace("-", "") + "%03d".formatted(sequence);
		String idNumber = first17 + IdNumber.checkCharacter(first17);
		String[] given = "1".equals(sex) ? GIVEN_MALE : GIVEN_FEMALE;
		String name = FAMILY.charAt(n % FAMILY.length()) + given[(n / FAMILY.length() + n) % given.length];
		return new Resident(null, idNumber, name, sex, birth);
	}

	/**
	 * The bundle {@code institution} sends for the Synthea patient mapped to
	 * {@code resident}.
	 */
	static Converted convert(JsonNode bundle, Resident resident, String institution, String patientNo) {
		Map<String, String> typeOf = new HashMap<>();
		Map<String, JsonNode> medications = new HashMap<>();
		for (JsonNode e : bundle.path("entry")) {
			String type = e.path("resource").path("resourceType").asString("");
			String fullUrl = e.path("fullUrl").asString("");
			typeOf.put(fullUrl, type);
			if ("Medication".equals(type)) {
				medications.put(fullUrl, e.path("resource").path("code"));
			}
		}
		Set<String> keptUrls = new HashSet<>();
		typeOf.forEach((url, type) -> {
			if ("Patient".equals(type) || BundleReader.STORED_TYPES.contains(type)) {
				keptUrls.add(url);
			}
		});
		Map<String, Integer> kept = new TreeMap<>();
		Map<String, Integer> dropped = new TreeMap<>();
		int[] dangling = { 0 };
		String syntheaId = patientOf(bundle).path("id").asString("");
		ObjectNode out = JSON.createObjectNode();
		out.put("resourceType", "Bundle");
		out.put("type", "transaction");
		ArrayNode entries = out.putArray("entry");
		for (JsonNode e : bundle.path("entry")) {
			String type = e.path("resource").path("resourceType").asString("");
			if (!keptUrls.contains(e.path("fullUrl").asString(""))) {
				dropped.merge(type, 1, Integer::sum);
				continue;
			}
			kept.merge(type, 1, Integer::sum);
			ObjectNode resource;
			if ("Patient".equals(type)) {
				resource = patient(resident, institution, patientNo);
			}
			else {
				resource = (ObjectNode) e.path("resource").deepCopy();
				JsonNode medication = resource.path("medicationReference");
				if ("MedicationRequest".equals(type) && medication.isObject()
						&& medications.containsKey(medication.path("reference").asString(""))) {
					resource.remove("medicationReference");
					resource.set("medicationCodeableConcept",
							medications.get(medication.path("reference").asString("")).deepCopy());
				}
				dangling[0] += unlinkDropped(resource, keptUrls, typeOf);
			}
			ObjectNode entry = entries.addObject();
			entry.put("fullUrl", e.path("fullUrl").asString());
			entry.set("resource", resource);
			ObjectNode request = entry.putObject("request");
			request.put("method", "POST");
			request.put("url", type);
		}
		return new Converted(syntheaId, resident, JSON.writeValueAsString(out), kept, dropped, dangling[0]);
	}

	private static ObjectNode patient(Resident resident, String institution, String patientNo) {
		ObjectNode p = JSON.createObjectNode();
		p.put("resourceType", "Patient");
		ArrayNode identifiers = p.putArray("identifier");
		ObjectNode number = identifiers.addObject();
		number.put("system", "urn:sanyi:patient-no:" + institution);
		number.put("value", patientNo);
		ObjectNode idNumber = identifiers.addObject();
		idNumber.put("system", ID_NUMBER);
		idNumber.put("value", resident.idNumber());
		p.putArray("name").addObject().put("text", resident.name());
		p.put("gender", "1".equals(resident.sex()) ? "male" : "female");
		p.put("birthDate", resident.birthDate().toString());
		return p;
	}

	/**
	 * References to entries of the bundle that were dropped keep their display (or the
	 * type's name); the count of them.
	 */
	private static int unlinkDropped(JsonNode node, Set<String> keptUrls, Map<String, String> typeOf) {
		int n = 0;
		if (node instanceof ObjectNode object) {
			JsonNode reference = object.get("reference");
			if (reference != null && reference.isString() && reference.asString().startsWith("urn:")
					&& !keptUrls.contains(reference.asString())) {
				String type = typeOf.getOrDefault(reference.asString(), "resource");
				object.remove("reference");
				if (!object.has("display")) {
					object.put("display", type);
				}
				n++;
			}
			for (JsonNode child : object.values()) {
				n += unlinkDropped(child, keptUrls, typeOf);
			}
		}
		else if (node instanceof ArrayNode array) {
			for (JsonNode child : array) {
				n += unlinkDropped(child, keptUrls, typeOf);
			}
		}
		return n;
	}

	/**
	 * bench/records.sh: converts every patient of a Synthea output folder for an
	 * institution to made-up residents of a region and writes one bundle per line.
	 * Arguments: synthea-output-dir out.ndjson institution region
	 */
	public static void main(String[] args) throws IOException {
		List<Path> files = patientFiles(Path.of(args[0]));
		Path out = Path.of(args[1]);
		String institution = args[2];
		String region = args[3];
		Map<String, Integer> kept = new TreeMap<>();
		Map<String, Integer> dropped = new TreeMap<>();
		List<String> lines = new ArrayList<>();
		int n = 0;
		for (Path f : files) {
			JsonNode bundle = read(f);
			Converted c = convert(bundle, newResident(bundle, region, n), institution, "SYN-" + n);
			c.kept().forEach((k, v) -> kept.merge(k, v, Integer::sum));
			c.dropped().forEach((k, v) -> dropped.merge(k, v, Integer::sum));
			lines.add(c.json());
			n++;
		}
		Files.write(out, lines);
		System.out.println("patients " + n + " kept " + kept + " dropped " + dropped);
	}

}
