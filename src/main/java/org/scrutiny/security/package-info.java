/**
 * Who may do what: the users and their roles, password hashing, signing in and out, and the rules
 * that keep drafts from the public and changes to the roles allowed to make them.
 */
package org.scrutiny.security;
