/**
 * The master patient index: registration and matching (ResidentIndexService with the pure
 * identity.matching), merge and unmerge, the match index kept current on every node, the
 * identity keys, and the REST registration API.
 */
package org.sanyi.identity.registration;
