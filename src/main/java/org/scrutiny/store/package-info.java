/**
 * Storage plumbing shared by every feature: opening the SQLite or PostgreSQL database, its one set of
 * migrations, and transactions. Each feature keeps its own SQL next to the code that uses it.
 */
package org.scrutiny.store;
