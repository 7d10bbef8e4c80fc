/**
 * Sign-in, sessions and headers, and the one access policy that decides who may see which
 * person's record.
 */
package org.keywork.security;
