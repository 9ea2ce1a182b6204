package org.scrutiny.store;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Explains a server that cannot start for want of a database URL in two lines rather than a stack trace. */
final class MissingDatabaseUrlFailureAnalyzer extends AbstractFailureAnalyzer<MissingDatabaseUrlException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, MissingDatabaseUrlException cause) {
        return new FailureAnalysis(
                "Scrutiny was not told which database to use.",
                "Set SCRUTINY_DB_URL to jdbc:postgresql://HOST/DATABASE, with SCRUTINY_DB_USER and"
                        + " SCRUTINY_DB_PASSWORD, or start without the postgres profile to use the SQLite file.",
                cause);
    }
}
