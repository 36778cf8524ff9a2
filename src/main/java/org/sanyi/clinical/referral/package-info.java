/**
 * Two-way referral (双向转诊) as a closed loop: up-referrals from primary care to the county
 * and on to the city, within the alliance first, and down-referrals in the recovery phase
 * back to the township or the family doctor, each an order (FHIR ServiceRequest) with its
 * fulfilment (Task: requested → accepted / rejected → in progress → completed), a summary
 * of the shared record, a reserved referral slot or bed at the receiving side, and the
 * 上转/下转 facts for monitoring.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Clinical referral",
		allowedDependencies = { "shared", "shared :: web", "shared :: facts", "security", "identity", "registry",
				"terminology", "clinical", "clinical.appointment" })
package org.sanyi.clinical.referral;
