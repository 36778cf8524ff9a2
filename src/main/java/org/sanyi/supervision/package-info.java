/**
 * Fund supervision (基金监管): the national 两库 way of auditing claims. Rules with the
 * attributes of the national template and a knowledge base of restrictions are data,
 * versioned per region and reviewed by two officers; one pure engine ({@code engine})
 * checks a claim before settlement (3101), during it (3102, which can hold a settlement
 * back) and after it (a batch audit of a period that raises suspicions for the hospitals
 * and the bureau). Of insurance it uses the root package only: the gateway SPI, the
 * settlement guard port and the settled-claims API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision",
		allowedDependencies = { "shared", "shared :: io", "shared :: web", "shared :: review", "shared :: facts",
				"security", "registry", "terminology", "insurance" })
package org.sanyi.supervision;
