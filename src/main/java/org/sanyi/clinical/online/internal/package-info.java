/** The internet hospital's services and repositories, used by its pages and the demo. */
package org.sanyi.clinical.online.internal;
