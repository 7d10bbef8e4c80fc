/**
 * Complaints and incidents about a person's tenancy (from a neighbour, the landlord, the
 * police): the first response against the team's target, what was done, the weekly
 * reflections with the landlord, the outcome and what was learned (issue 13, ADR 016).
 */
package org.keywork.complaints;
