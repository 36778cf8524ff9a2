package bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ValidationResult;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.hl7.fhir.r4.model.Bundle;

/**
 * The fallback of the comparison when HAPI's JPA server does not run: HAPI's own parse
 * and base-specification validation (FhirInstanceValidator with the R4 core definitions,
 * no terminology server) of the same bundles, one thread, resources per second on the
 * last line. Arguments: bundles.ndjson warm-up-count
 */
public class HapiParseValidate {

	public static void main(String[] args) throws Exception {
		List<String> lines = Files.readAllLines(Path.of(args[0]));
		int warmUp = Integer.parseInt(args[1]);
		FhirContext fhir = FhirContext.forR4();
		ValidationSupportChain chain = new ValidationSupportChain(fhir.getValidationSupport(),
				new InMemoryTerminologyServerValidationSupport(fhir), new CommonCodeSystemsTerminologyService(fhir));
		FhirValidator validator = fhir.newValidator().registerValidatorModule(new FhirInstanceValidator(chain));
		for (int i = 0; i < Math.min(warmUp, lines.size()); i++) {
			validator.validateWithResult(fhir.newJsonParser().parseResource(Bundle.class, lines.get(i)));
		}
		long resources = 0;
		int errors = 0;
		long start = System.nanoTime();
		for (int i = warmUp; i < lines.size(); i++) {
			Bundle b = fhir.newJsonParser().parseResource(Bundle.class, lines.get(i));
			ValidationResult r = validator.validateWithResult(b);
			errors += r.isSuccessful() ? 0 : 1;
			resources += b.getEntry().size();
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		System.err.printf("HAPI parse + validate: %d resources, %d bundles with errors, %.1f s%n", resources, errors,
				seconds);
		System.out.printf("%.1f%n", resources / seconds);
	}

}
