/**
 * DRG payment parameters (relative weights, base rate or point value, outlier rules) as
 * reviewed versions under maker–checker, computed with the pure drg.engine, and their
 * pages.
 */
package org.sanyi.drg.parameter;
