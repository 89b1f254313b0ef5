package org.osprey.analysis.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.osprey.analysis.decoder.DecoderType;
import org.osprey.analysis.engine.RuleMatcher;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.output.AnalysisOutputs;
import org.osprey.analysis.output.StatsAlert;
import org.osprey.analysis.rule.Rule;
import org.osprey.queue.QueueMessage;

/**
 * analysisd's outputs: the daily alerts, alerts.json, archives and firewall logs with their stable
 * names, hourly statistics and the statistics alert, and the dead-letter file for events the engine
 * failed on. A write that fails is retried at the next flush (the writers keep what they could not
 * write); it is reported, never silently dropped.
 */
final class OutputSink implements AlertSink {
  private final AnalysisOutputs outputs;
  private final Path deadLetters;
  private final Consumer<String> log;
  private final java.util.List<AlertHandoff> handoffs;
  private @Nullable Event lastAlertEvent;
  private long lastAlertId;

  OutputSink(AnalysisOutputs outputs, Path deadLetters, Consumer<String> log,
      java.util.List<AlertHandoff> handoffs) {
    this.outputs = outputs;
    this.deadLetters = deadLetters;
    this.log = log;
    this.handoffs = java.util.List.copyOf(handoffs);
  }

  AnalysisOutputs outputs() {
    return outputs;
  }

  @Override
  public void beforeRules(Event e) {
    var totals = outputs.totals();
    totals.countEvent();
    if (e.queue() == QueueMessage.SYSCHECK) {
      totals.countSyscheck();
    }
    if (RuleMatcher.category(e) == DecoderType.FIREWALL) {
      totals.countFirewall();
    }
    try {
      StatsAlert stats = outputs.beforeRules(e);
      if (stats != null && stats.rule().log()) {
        outputs.alert(stats.event(), stats.rule());
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write the alert logs", ex);
    }
    IOException statsError = outputs.takeStatsError();
    if (statsError != null) {
      log.accept("ERROR: cannot write the statistics under stats/: " + statsError.getMessage());
    }
  }

  @Override
  public void alert(Event e, Rule rule) {
    try {
      lastAlertId = outputs.alert(e, rule);
      lastAlertEvent = e;
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write the alert logs", ex);
    }
    for (AlertHandoff h : handoffs) {
      try {
        h.alert(e, rule, lastAlertId, rule.mail());
      } catch (RuntimeException ex) {
        log.accept("ERROR: " + h.getClass().getSimpleName() + " failed on alert " + lastAlertId
            + ": " + ex);
      }
    }
  }

  @Override
  public void archive(Event e, @Nullable Rule rule) {
    try {
      outputs.archive(e, rule, e == lastAlertEvent ? lastAlertId : 0);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write the archives", ex);
    }
  }

  @Override
  public void firewall(Event e) {
    try {
      outputs.firewall(e);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write the firewall log", ex);
    }
  }

  @Override
  public void deadLetter(QueueMessage message, String reason) {
    try {
      Files.createDirectories(deadLetters.getParent());
      Files.writeString(deadLetters, message.wire() + "\t" + reason + "\n",
          StandardCharsets.ISO_8859_1, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    } catch (IOException ex) {
      throw new UncheckedIOException("cannot write the dead-letter file " + deadLetters, ex);
    }
  }

  @Override
  public void flush() {
    try {
      outputs.flush();
    } catch (IOException ex) {
      log.accept("ERROR: cannot flush the alert logs (kept for the next try): " + ex.getMessage());
    }
  }

  void close() {
    try {
      outputs.close();
    } catch (IOException ex) {
      log.accept("ERROR: cannot close the alert logs: " + ex.getMessage());
    }
  }
}
