package org.keywork.referrals;

/** Where a referral stands. */
public enum ReferralStatus {

	MADE, ACCEPTED, DECLINED, WAITING, ATTENDING, ENDED

}
