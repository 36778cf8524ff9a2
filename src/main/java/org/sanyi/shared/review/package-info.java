/**
 * Maker–checker (双人复核) for versioned parameters, written once: one officer proposes a new
 * version, a second one approves or rejects it; a key (a region's policy of one scheme, a
 * group's budget of one fund and year, a region's DRG weights) has at most one pending
 * version; approving takes the version in force out of force from the new one's effective
 * date. {@link org.sanyi.shared.review.ReviewStatus} holds the states and their
 * transitions, {@link org.sanyi.shared.review.ReviewRules} the rules as pure functions,
 * {@link org.sanyi.shared.review.MakerChecker} applies them through a
 * {@link org.sanyi.shared.review.VersionStore} that each module implements over its own
 * table and maps each {@link org.sanyi.shared.review.Refusal} to its own error code. A
 * named interface: a module that uses it lists {@code "shared :: review"}.
 */
@org.springframework.modulith.NamedInterface("review")
package org.sanyi.shared.review;
