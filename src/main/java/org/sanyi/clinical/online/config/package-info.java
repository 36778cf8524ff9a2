/** How the internet hospital plugs in: its permissions and sidebar links. */
package org.sanyi.clinical.online.config;
