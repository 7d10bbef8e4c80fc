/**
 * Support intensity (issue 14): each person's support level (intensive, standard, light,
 * moving on) with its contact target and review interval, defaults per team, the history
 * of changes, and a temporary step up for a crisis. The weekly-contact rule in
 * {@code caseload} reads the person's current target from these tables in its one query.
 */
package org.keywork.intensity;
