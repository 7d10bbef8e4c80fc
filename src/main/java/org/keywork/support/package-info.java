/**
 * The three case-management tools at the heart of the guide: Support Overview, Safety
 * &amp; Wellbeing Plan and Action Plan. Each is written with the person, agreed, reviewed
 * and kept as numbered versions.
 */
package org.keywork.support;
