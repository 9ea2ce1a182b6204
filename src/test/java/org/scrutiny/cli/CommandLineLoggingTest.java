package org.scrutiny.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator.ExecutionStatus;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;

class CommandLineLoggingTest {

    @AfterEach
    void clearProperty() {
        System.clearProperty(CommandLineLogging.PROPERTY);
    }

    @Test
    void standsAsideUnlessACommandAsks() {
        LoggerContext context = new LoggerContext();
        CommandLineLogging logging = new CommandLineLogging();
        logging.setContext(context);

        assertThat(logging.configure(context)).isEqualTo(ExecutionStatus.INVOKE_NEXT_IF_ANY);
        assertThat(context.getLogger(Logger.ROOT_LOGGER_NAME)
                        .iteratorForAppenders()
                        .hasNext())
                .isFalse();
    }

    @Test
    void sendsWarningsAndErrorsOnlyToStandardError() {
        System.setProperty(CommandLineLogging.PROPERTY, "true");
        LoggerContext context = new LoggerContext();
        CommandLineLogging logging = new CommandLineLogging();
        logging.setContext(context);

        assertThat(logging.configure(context)).isEqualTo(ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY);
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        assertThat(root.getLevel()).isEqualTo(Level.WARN);
        assertThat(root.getAppender("stderr")).isNotNull();
        assertThat(context.getLogger("com.zaxxer.hikari").isInfoEnabled()).isFalse();
    }

    @Test
    void writesOneLineWithTheCauseAndNoStackTrace() {
        CommandLineLogging.OneLine encoder = new CommandLineLogging.OneLine();
        LoggerContext context = new LoggerContext();
        LoggingEvent event = new LoggingEvent(
                "test",
                context.getLogger("pool"),
                Level.ERROR,
                "Exception during pool initialization.",
                new IllegalStateException("connection refused"),
                null);

        String line = new String(encoder.encode(event), System.err.charset());

        assertThat(line)
                .isEqualTo("ERROR: Exception during pool initialization. (java.lang.IllegalStateException:"
                        + " connection refused)" + System.lineSeparator());
    }
}
