package org.sanyi.clinical.records;

import org.sanyi.shared.BusinessException;

/**
 * A problem with one entry of a bundle: the business error with
 * {@code (resource, path, detail)} as its arguments, the resource as {@code Type/id} or
 * {@code Type (entry n)}, the path FHIRPath-like from the bundle
 * ({@code Bundle.entry[2].resource.status}). The FHIR endpoint answers it as an
 * OperationOutcome whose issue's expression is the path.
 */
public class BundleProblem extends BusinessException {

	private final String resource;

	private final String path;

	public BundleProblem(RecordsErrors error, String resource, String path, String detail) {
		super(error, resource, path, detail);
		this.resource = resource;
		this.path = path;
	}

	public String resource() {
		return resource;
	}

	public String path() {
		return path;
	}

}
