/**
 * What every page shares: the layout, sign-in and home pages, static files, flash
 * messages and error pages.
 */
package org.keywork.web;
