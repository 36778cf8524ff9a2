/**
 * DRG schemes as data: import of scheme files, the compiled schemes in memory per region
 * and date, the scheme browser, REST and pages.
 */
package org.sanyi.drg.scheme;
