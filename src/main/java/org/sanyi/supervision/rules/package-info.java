/**
 * The rules and the knowledge base as data: versions per region under the shared
 * maker–checker, the knowledge-base CSV import (all or nothing, errors by line), the rule
 * book in force for a region compiled for the engine, and the rule-library pages (browse,
 * propose a changed rule as a new version, review, test a rule on a sample claim).
 */
package org.sanyi.supervision.rules;
