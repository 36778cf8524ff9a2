/**
 * Facts for the supervision platform (监管一平台): the numbers a module measures as it works
 * (a settlement's drug fee, a procurement's volume, an accepted test result), reported as
 * {@link org.sanyi.shared.facts.FactsReported} events and summed by the monitoring module
 * into indicator components. Modules declare what they report as
 * {@link org.sanyi.shared.facts.DataElement}s in a
 * {@link org.sanyi.shared.facts.DataElementCatalogue} bean, so that monitoring, on which
 * nobody may depend, learns every module's facts without the module knowing it.
 */
@org.springframework.modulith.NamedInterface("facts")
package org.sanyi.shared.facts;
