/**
 * The case callover that keeps decisions: a team's dated meeting, per person what was
 * discussed and agreed and who follows it up by when; follow-ups reach that worker's
 * caseload until done.
 */
package org.keywork.callover;
