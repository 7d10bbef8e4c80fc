/**
 * Outcome measures: star-style measures as data (areas and a 1–10 ladder of stages),
 * readings agreed with the person and the person's own view, the star chart drawn on the
 * server (ADR 012), readings due, the person's own star in the portal and the team view
 * for managers.
 */
package org.keywork.outcomes;
