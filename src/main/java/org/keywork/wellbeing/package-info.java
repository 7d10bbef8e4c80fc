/**
 * Wellbeing scales (WEMWBS and its short form SWEMWBS): the readings a person completes,
 * in the portal or with a worker, their scores and trend, when the next falls due, and
 * the team's change (ADR 012).
 */
package org.keywork.wellbeing;
