package org.sanyi.clinical.records.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ca.uhn.fhir.context.BaseRuntimeChildDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementCompositeDefinition;
import ca.uhn.fhir.context.BaseRuntimeElementDefinition;
import ca.uhn.fhir.context.FhirContext;
import org.hl7.fhir.instance.model.api.IBase;
import org.hl7.fhir.instance.model.api.IPrimitiveType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * One pass over a parsed resource against the base specification as HAPI's R4 model
 * compiles it: every element's minimum and maximum cardinality, every
 * {@code Coding.system} an absolute URI; on the way it collects the references with their
 * paths for resolution. (Unknown elements and codes outside a required binding are
 * refused earlier, by the strict parser.) Pure: no Spring, no I/O.
 */
final class ResourceWalk {

	private static final Pattern ABSOLUTE_URI = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:.+");

	/**
	 * A reference met on the way, with its path from the resource
	 * ({@code Observation.subject}).
	 */
	public record FoundReference(String path, Reference reference) {
	}

	/** A rule the resource breaks. */
	record Issue(String path, String detail) {
	}

	private final FhirContext fhir;

	final List<FoundReference> references = new ArrayList<>();

	final List<Issue> issues = new ArrayList<>();

	private ResourceWalk(FhirContext fhir) {
		this.fhir = fhir;
	}

	static ResourceWalk of(FhirContext fhir, Resource resource) {
		ResourceWalk walk = new ResourceWalk(fhir);
		String type = resource.fhirType();
		walk.element(resource, fhir.getResourceDefinition(resource), type);
		return walk;
	}

	private void element(IBase element, BaseRuntimeElementCompositeDefinition<?> definition, String path) {
		if (element instanceof Reference reference && reference.hasReference()) {
			references.add(new FoundReference(path, reference));
		}
		if (element instanceof Coding coding && coding.hasSystem()
				&& !ABSOLUTE_URI.matcher(coding.getSystem()).matches()) {
			issues.add(new Issue(path + ".system", "not an absolute URI: " + coding.getSystem()));
		}
		for (BaseRuntimeChildDefinition child : definition.getChildren()) {
			String name = child.getElementName();
			if ("contained".equals(name)) {
				continue;
			}
			List<IBase> values = child.getAccessor().getValues(element);
			if (values.isEmpty()) {
				if (child.getMin() > 0) {
					issues.add(new Issue(path + "." + name, "required element missing (min " + child.getMin() + ")"));
				}
				continue;
			}
			if (child.getMax() == 1 && values.size() > 1) {
				issues.add(new Issue(path + "." + name, "at most one allowed, found " + values.size()));
			}
			for (int i = 0; i < values.size(); i++) {
				IBase value = values.get(i);
				if (value instanceof IPrimitiveType<?> || value instanceof Resource) {
					continue;
				}
				BaseRuntimeElementDefinition<?> def = child.getChildElementDefinitionByDatatype(value.getClass());
				if (def == null) {
					def = fhir.getElementDefinition(value.getClass());
				}
				if (def instanceof BaseRuntimeElementCompositeDefinition<?> composite) {
					element(value, composite, path + "." + name + (child.getMax() == 1 ? "" : "[" + i + "]"));
				}
			}
		}
	}

}
