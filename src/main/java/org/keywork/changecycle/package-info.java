/**
 * The Cycle of Change: issues named in the person's own words and the stage they are in
 * over time (pre-contemplation to consolidation, and lapses), with the path drawn as a
 * chart, on the person's page, the callover, the timeline, the portal and the team view.
 */
package org.keywork.changecycle;
