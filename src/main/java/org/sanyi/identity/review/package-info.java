/**
 * The review queue of uncertain matches (OPEN, LINKED, REJECTED) and the residents a
 * reviewer may look up.
 */
package org.sanyi.identity.review;
