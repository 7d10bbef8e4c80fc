/**
 * A person's rent account: charges and payments entered by hand or imported from a
 * landlord's statement (CSV), the running balance and the arrears; the arrears early
 * warning and the rent part of the tenancy report (ADR 014).
 */
package org.keywork.rent;
