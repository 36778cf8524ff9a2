import ca.uhn.fhir.context.FhirContext;
import org.sanyi.clinical.records.ingest.BundleReader;

/**
 * The cost of reading and checking a bundle against the base specification alone (Jackson envelope, HAPI strict
 * parse, cardinality walk), one thread, in process, on the same bundles RecordsLoad posts: what the shared record
 * spends before any database work. Prints resources per second. Arguments: patients visits.
 */
public class RecordsParseCost {

	public static void main(String[] args) {
		int patients = Integer.parseInt(args[0]);
		int visits = Integer.parseInt(args[1]);
		BundleReader reader = new BundleReader(FhirContext.forR4Cached());
		for (int i = 0; i < 30; i++) {
			reader.read(RecordsLoad.bundle(800_000 + i, visits)); // warm-up
		}
		String[] bodies = new String[patients];
		for (int i = 0; i < patients; i++) {
			bodies[i] = RecordsLoad.bundle(i, visits);
		}
		long resources = 0;
		long start = System.nanoTime();
		for (String body : bodies) {
			var parsed = reader.read(body);
			if (parsed.entries().stream().anyMatch(e -> e.problem() != null)) {
				throw new IllegalStateException("bench bundle refused: " + parsed.entries().stream()
					.filter(e -> e.problem() != null).findFirst().orElseThrow().problem().getMessage());
			}
			resources += parsed.entries().size();
		}
		double perSecond = resources / ((System.nanoTime() - start) / 1e9);
		System.out.printf(java.util.Locale.ROOT, "%.1f%n", perSecond);
	}

}
