/**
 * What people tell the service: short feedback on how support is going (managers see it
 * per team, over time), and asking for a different keyworker (the team's managers answer;
 * the answer lands in the keyworker history).
 */
package org.keywork.feedback;
