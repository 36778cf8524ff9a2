/**
 * 医保数据专区: analyses of the settlement facts along their disaggregations rather than as
 * indicators — out-of-area treatment flows (insured region × treatment region), disease
 * and institution mix, fund flows — summed from the fact store for an area the viewer may
 * see.
 */
package org.sanyi.monitoring.zone;
