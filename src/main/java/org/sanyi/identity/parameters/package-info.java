/**
 * The matching parameters (m/u) as versions, re-estimated from reviewers' decisions, and
 * their page.
 */
package org.sanyi.identity.parameters;
