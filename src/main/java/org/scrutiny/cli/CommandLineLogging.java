package org.scrutiny.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.EncoderBase;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * Logging for the command-line tools (every command but {@code serve}, which keeps Spring Boot's logging):
 * warnings and errors only, one line each on standard error, so that standard output carries the command's
 * answer alone and no stack trace reaches the user.
 *
 * <p>Set up in code rather than by a logback XML file: reading one loads an XML parser and several hundred
 * classes, a good part of a second of every command's start-up. logback finds this class through
 * {@code META-INF/services} and, by its rank, asks it before Spring Boot's own; it acts only when {@link Main} has set {@link #PROPERTY}, and
 * otherwise lets logback go on as usual (the server's Spring Boot logging, the tests' logback-test.xml).
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_HIGH_PRIORITY)
public final class CommandLineLogging extends ContextAwareBase implements Configurator {
    /** The system property {@link Main} sets for a command that is not {@code serve}. */
    static final String PROPERTY = "scrutiny.command-line-logging";

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        if (!Boolean.getBoolean(PROPERTY)) {
            return ExecutionStatus.INVOKE_NEXT_IF_ANY;
        }
        OneLine encoder = new OneLine();
        encoder.setContext(context);
        encoder.start();
        ConsoleAppender<ILoggingEvent> appender = new ConsoleAppender<>();
        appender.setContext(context);
        appender.setName("stderr");
        appender.setTarget("System.err");
        appender.setEncoder(encoder);
        appender.start();
        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.WARN);
        root.addAppender(appender);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }

    /** {@code WARN: message}, and the cause's message in brackets where there is one; never a stack trace. */
    static final class OneLine extends EncoderBase<ILoggingEvent> {
        @Override
        public byte[] encode(ILoggingEvent event) {
            StringBuilder line =
                    new StringBuilder(event.getLevel().toString()).append(": ").append(event.getFormattedMessage());
            IThrowableProxy cause = event.getThrowableProxy();
            if (cause != null) {
                line.append(" (").append(cause.getClassName());
                if (cause.getMessage() != null) {
                    line.append(": ").append(cause.getMessage());
                }
                line.append(')');
            }
            return line.append(System.lineSeparator()).toString().getBytes(System.err.charset());
        }

        @Override
        public byte[] headerBytes() {
            return null;
        }

        @Override
        public byte[] footerBytes() {
            return null;
        }
    }
}
