/**
 * The early warning that a person's home is at risk: every
 * {@link org.keywork.housing.EarlyWarningSignal} (rent arrears, a benefit suspended,
 * sanctioned or stopped) flags the person on My caseload, the team dashboard, the
 * callover and above the person's pages, with the guide's response as a checklist whose
 * progress is recorded, one episode at a time, and whose steps can become Action Plan
 * steps. Staff only (ADR 015).
 */
package org.keywork.earlywarning;
