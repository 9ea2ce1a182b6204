/**
 * Problems with files that users give Scrutiny (plan files, data files, archives), each named by
 * file, line and column, so that every rejection tells the user where to look and what to fix.
 */
package org.scrutiny.input;
