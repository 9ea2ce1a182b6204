/**
 * Plumbing shared by every feature's pages: the sign-in page, error pages, the clock, and the helpers
 * that turn domain values into words and numbers for people.
 */
package org.scrutiny.web;
