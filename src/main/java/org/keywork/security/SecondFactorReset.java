package org.keywork.security;

/**
 * Published (as a Spring application event) when an administrator removes an account's
 * second factors (a lost device), so that the account enrols again. The sign-in history
 * records who did it.
 *
 * @param accountId the account whose second factors were removed
 * @param byAccountId the administrator who removed them
 */
public record SecondFactorReset(long accountId, long byAccountId) {

}
