/**
 * What the suspicions add up to: statistics per rule (hit rate, upheld rate, the rules
 * whose cases are only ever dismissed), per institution and per doctor with their charts,
 * and the 飞行检查 list of an institution's highest-risk settlements with the reasons.
 */
package org.sanyi.supervision.statistics;
