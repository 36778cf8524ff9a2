package org.sanyi.insurance.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.sanyi.insurance.InsuranceErrors;
import org.sanyi.shared.BusinessException;
import org.sanyi.shared.RegionCode;

/**
 * The policy versions known to the caller, and the rule for picking one: the version of
 * the person's <em>insured</em> region (参保地, {@code insuplc_admdvs}) and scheme that is
 * in force on the settlement date. The treatment region (就医地) only decides whether the
 * visit is {@link Locality#CROSS_REGION}. Versions of one region and scheme may not
 * overlap; that is checked when the book is built ({@code INS-0019}).
 */
public final class PolicyBook {

	private final List<PolicyVersion> versions;

	public PolicyBook(Collection<PolicyVersion> versions) {
		this.versions = List.copyOf(versions);
		var seen = new ArrayList<PolicyVersion>();
		for (PolicyVersion version : this.versions) {
			for (PolicyVersion other : seen) {
				if (other.region().equals(version.region()) && other.insutype() == version.insutype()
						&& other.overlaps(version)) {
					throw new BusinessException(InsuranceErrors.OVERLAPPING_POLICY_VERSIONS, other.code(),
							version.code());
				}
			}
			seen.add(version);
		}
	}

	/** The version for a visit: insured region, scheme, settlement date. */
	public PolicyVersion forVisit(Visit visit) {
		return inForce(visit.insuredRegion(), visit.insutype(), visit.settlementDate());
	}

	/** The version in force; {@code INS-0015} when there is none. */
	public PolicyVersion inForce(RegionCode region, Insutype insutype, LocalDate date) {
		return versions.stream()
			.filter(v -> v.region().equals(region) && v.insutype() == insutype && v.inForceOn(date))
			.findFirst()
			.orElseThrow(() -> new BusinessException(InsuranceErrors.NO_POLICY_IN_FORCE, region.value(),
					insutype.code(), date));
	}

}
