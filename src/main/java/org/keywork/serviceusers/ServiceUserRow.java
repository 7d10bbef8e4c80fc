package org.keywork.serviceusers;

/**
 * One line of a list of people: the person, with their team's and keyworker's names
 * looked up in bulk.
 */
public record ServiceUserRow(ServiceUser person, String teamName, String keyworkerName) {
}
