package org.sanyi.clinical.records.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.hl7.fhir.r4.model.Resource;
import org.sanyi.clinical.records.BundleProblem;
import org.sanyi.clinical.records.RecordsErrors;
import org.sanyi.shared.BusinessException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a bundle as a hospital posts it: the envelope (type, entries, requests) from the
 * JSON tree, then each entry's resource with HAPI's strict parser, so an unknown element,
 * a malformed value or a code outside a required binding (an unknown {@code status}) is
 * refused with the entry it is in; then the base specification's cardinalities
 * ({@link ResourceWalk}). Pure: no Spring; reads only the body it is given.
 */
public final class BundleReader {

	/**
	 * What the shared record stores, besides the Patient entries that go to the master
	 * patient index.
	 */
	public static final Set<String> STORED_TYPES = Set.of("Encounter", "Condition", "Observation", "DiagnosticReport",
			"ImagingStudy", "MedicationRequest", "Procedure", "AllergyIntolerance", "Immunization",
			"DocumentReference");

	/**
	 * Most entries one bundle may carry. A parsed entry holds about 4.6 KB of heap (a
	 * Synthea lifetime of 15,877 entries: 73 MB), so 50,000 bound a bundle to some 230
	 * MB, as the 64 MB body limit does (about 3.6 bytes of heap per byte sent). The
	 * longest of 1,000 Synthea lifetimes has 21,592 entries in 27.5 MB.
	 */
	public static final int MAX_ENTRIES = 50_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern ELEMENT = Pattern.compile("\\[element=\"([^\"]+)\"\\]");

	private final FhirContext fhir;

	public BundleReader(FhirContext fhir) {
		this.fhir = fhir;
	}

	/** transaction (all or nothing) or batch (each entry on its own). */
	public enum Kind {

		TRANSACTION, BATCH

	}

	/**
	 * One entry.
	 *
	 * @param index position in the bundle, from 0
	 * @param fullUrl the entry's fullUrl ({@code urn:uuid:…}), or null
	 * @param method POST or PUT
	 * @param url the request url ({@code Observation}, {@code Observation/123})
	 * @param ifNoneExist the conditional-create query ({@code identifier=system|value}),
	 * or null
	 * @param resource the parsed resource, or null when {@code problem} says why not
	 * @param references the references in the resource with their paths
	 * @param problem what is wrong with the entry, or null
	 */
	public record Entry(int index, String fullUrl, String method, String url, String ifNoneExist, Resource resource,
			List<ResourceWalk.FoundReference> references, BundleProblem problem) {

		public String path() {
			return "Bundle.entry[" + index + "]";
		}

		public String label() {
			return resource == null ? "entry " + index : resource.fhirType() + " (entry " + index + ")";
		}

	}

	public record Parsed(Kind kind, List<Entry> entries) {
	}

	/**
	 * The bundle's envelope and entries; an entry's own problem is kept on the entry
	 * (batch answers it alone).
	 */
	public Parsed read(String body) {
		return read(() -> JSON.createParser(body == null ? "" : body));
	}

	/**
	 * The same, read as it streams in: one entry's JSON at a time is held as a tree and
	 * dropped once its resource is parsed, so a bundle costs its resources and not also
	 * its text and whole tree. The body is JSON in UTF-8 (FHIR's only encoding).
	 */
	public Parsed read(InputStream body) {
		return read(() -> JSON.createParser(body));
	}

	private Parsed read(Supplier<JsonParser> source) {
		String resourceType = null;
		String type = null;
		List<Entry> out = new ArrayList<>();
		IParser parser = fhir.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
		try (JsonParser json = source.get()) {
			if (json.nextToken() != JsonToken.START_OBJECT) {
				throw new BusinessException(RecordsErrors.INVALID_BUNDLE, "resourceType must be Bundle");
			}
			while (json.nextToken() == JsonToken.PROPERTY_NAME) {
				String name = json.currentName();
				JsonToken value = json.nextToken();
				switch (name) {
					case "resourceType" -> resourceType = value == JsonToken.VALUE_STRING ? json.getString() : "";
					case "type" -> type = value == JsonToken.VALUE_STRING ? json.getString() : "";
					// another resourceType before it has ended the loop already
					case "entry" -> entries(json, parser, out);
					default -> json.skipChildren();
				}
				if (resourceType != null && !"Bundle".equals(resourceType)) {
					break;
				}
			}
			if (!"Bundle".equals(resourceType)) {
				throw new BusinessException(RecordsErrors.INVALID_BUNDLE, "resourceType must be Bundle");
			}
			// what follows the bundle must be nothing (a truncated body is refused above)
			if (json.nextToken() != null) {
				throw new BusinessException(RecordsErrors.INVALID_BUNDLE, "text after the bundle");
			}
		}
		catch (JacksonException ex) {
			throw new BusinessException(RecordsErrors.INVALID_BUNDLE, shorten(ex.getOriginalMessage()));
		}
		Kind kind = switch (type == null ? "" : type) {
			case "transaction" -> Kind.TRANSACTION;
			case "batch" -> Kind.BATCH;
			default -> throw new BusinessException(RecordsErrors.INVALID_BUNDLE,
					"type must be transaction or batch, got " + (type == null ? "" : type));
		};
		return new Parsed(kind, out);
	}

	/**
	 * Bundle.entry: each element's tree, read and parsed in turn; past
	 * {@link #MAX_ENTRIES} the rest are only counted, for the answer.
	 */
	private void entries(JsonParser json, IParser parser, List<Entry> out) {
		if (json.currentToken() != JsonToken.START_ARRAY) {
			json.skipChildren();
			return;
		}
		int count = 0;
		while (json.nextToken() != JsonToken.END_ARRAY) {
			if (count < MAX_ENTRIES) {
				JsonNode node = json.readValueAsTree();
				out.add(entry(parser, count, node == null ? JSON.nullNode() : node));
			}
			else {
				json.skipChildren();
			}
			count++;
		}
		if (count > MAX_ENTRIES) {
			throw new BusinessException(RecordsErrors.BUNDLE_TOO_LARGE, count, MAX_ENTRIES);
		}
	}

	private Entry entry(IParser parser, int index, JsonNode node) {
		String fullUrl = text(node.path("fullUrl"));
		JsonNode request = node.path("request");
		String method = text(request.path("method"));
		String url = text(request.path("url"));
		String ifNoneExist = text(request.path("ifNoneExist"));
		String path = "Bundle.entry[" + index + "]";
		JsonNode json = node.path("resource");
		String type = json.path("resourceType").asString("");
		String label = (type.isEmpty() ? "entry" : type) + " (entry " + index + ")";
		if (!"POST".equals(method) && !"PUT".equals(method)) {
			return problem(index, fullUrl, method, url, ifNoneExist, new BundleProblem(RecordsErrors.UNSUPPORTED_ENTRY,
					label, path + ".request.method", "method " + method + " (POST or PUT only)"));
		}
		if (!json.isObject()) {
			return problem(index, fullUrl, method, url, ifNoneExist,
					new BundleProblem(RecordsErrors.INVALID_RESOURCE, label, path + ".resource", "no resource"));
		}
		if (!"Patient".equals(type) && !STORED_TYPES.contains(type)) {
			return problem(index, fullUrl, method, url, ifNoneExist,
					new BundleProblem(RecordsErrors.UNSUPPORTED_ENTRY, label, path + ".resource.resourceType",
							"resource type " + type + " is not kept in the shared record"));
		}
		Resource resource;
		try {
			resource = (Resource) parser.parseResource(json.toString());
		}
		catch (DataFormatException | ClassCastException ex) {
			String message = ex.getMessage() == null ? "" : ex.getMessage();
			Matcher m = ELEMENT.matcher(message);
			String where = path + ".resource" + (m.find() ? "." + m.group(1) : "");
			return problem(index, fullUrl, method, url, ifNoneExist,
					new BundleProblem(RecordsErrors.INVALID_RESOURCE, label, where, shorten(message)));
		}
		ResourceWalk walk = ResourceWalk.of(fhir, resource);
		if (!walk.issues.isEmpty()) {
			ResourceWalk.Issue first = walk.issues.getFirst();
			String where = path + ".resource" + first.path().substring(type.length());
			return problem(index, fullUrl, method, url, ifNoneExist,
					new BundleProblem(RecordsErrors.INVALID_RESOURCE, label, where, first.detail()));
		}
		return new Entry(index, fullUrl, method, url, ifNoneExist, resource, walk.references, null);
	}

	private static Entry problem(int index, String fullUrl, String method, String url, String ifNoneExist,
			BundleProblem problem) {
		return new Entry(index, fullUrl, method, url, ifNoneExist, null, List.of(), problem);
	}

	private static String text(JsonNode node) {
		return node.isString() ? node.asString() : null;
	}

	static String shorten(String message) {
		if (message == null) {
			return "";
		}
		return message.length() > 300 ? message.substring(0, 300) : message;
	}

}
