/**
 * The bulk writes of InsuranceAdmin (enrolment, catalogue, imported policies, gateway
 * accounts, contributions, recorded activity) for the demo generator and data migrations,
 * each one transaction through the same services as the gateway and the pages.
 */
package org.sanyi.insurance.admin;
