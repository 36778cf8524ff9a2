/**
 * What every insurance package shares: the module's JSON (decimals never through double),
 * its clock and zone, and labels in the reader's language.
 */
package org.sanyi.insurance.support;
