/**
 * The resident portal's health code, card and access log pages.
 */
package org.sanyi.identity.portal;
