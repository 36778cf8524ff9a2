/** Imaging reading's pages (worklist, requests, viewer and report) and REST API. */
package org.sanyi.clinical.imaging.web;
