/**
 * Referrals and services: a directory of agencies and their services (kept by
 * administrators), the person's consent to share information, referrals to agencies with
 * their status history, and the services a person and a team use (issue 14, item 5).
 */
package org.keywork.referrals;
