package org.careeval.app;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.FileSize;
import java.nio.charset.StandardCharsets;
import org.careeval.domain.system.DataDirectory;
import org.slf4j.LoggerFactory;

/**
 * The log of a data directory (ADR 0016): {@code careeval.log}, appended to across starts (a
 * restart after a crash keeps the evidence), rolled at 5 MB into careeval.1.log … careeval.5.log.
 * The window and every command that opens a data directory write to the directory's log.
 */
final class LogFiles {

  private static final String APPENDER = "careeval-file";

  private LogFiles() {}

  /** Sends the log to {@code directory}'s file from now on (replacing another directory's). */
  static synchronized void appendTo(DataDirectory directory) {
    if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
      return; // another slf4j backend (a test harness): nothing to configure
    }
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    String file = directory.logFile().toString();
    var current = root.getAppender(APPENDER);
    if (current instanceof RollingFileAppender<?> rolling && file.equals(rolling.getFile())) {
      return;
    }
    if (current != null) {
      root.detachAppender(current);
      current.stop();
    }
    root.addAppender(fileAppender(context, file));
  }

  private static RollingFileAppender<ILoggingEvent> fileAppender(
      LoggerContext context, String file) {
    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(context);
    appender.setName(APPENDER);
    appender.setFile(file);
    appender.setAppend(true);

    FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
    rolling.setContext(context);
    rolling.setParent(appender);
    rolling.setFileNamePattern(file.replaceFirst("\\.log$", "") + ".%i.log");
    rolling.setMinIndex(1);
    rolling.setMaxIndex(5);
    rolling.start();

    SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
    trigger.setContext(context);
    trigger.setMaxFileSize(FileSize.valueOf("5MB"));
    trigger.start();

    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(context);
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
    encoder.start();

    appender.setRollingPolicy(rolling);
    appender.setTriggeringPolicy(trigger);
    appender.setEncoder(encoder);
    appender.start();
    return appender;
  }
}
