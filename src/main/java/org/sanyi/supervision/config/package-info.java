/** Fund supervision's permission catalogue and sidebar links. */
package org.sanyi.supervision.config;
