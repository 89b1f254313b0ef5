package org.osprey.config;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The e-mail settings of {@code <global>}, used by maild.
 *
 * @param notification whether e-mail alerts are sent at all ({@code email_notification})
 * @param to the recipients, in order
 * @param from the sender address
 * @param replyTo the Reply-To address, or null
 * @param idsName the {@code X-IDS-OSSEC} header value, or null
 * @param smtpServer the SMTP host, or a sendmail-like program when it starts with {@code /}
 * @param heloServer the name sent in HELO
 * @param smtpPort the SMTP port
 * @param maxPerHour the most e-mails sent in one hour
 * @param authSmtp whether to authenticate to the SMTP server
 * @param secureSmtp whether to use TLS to the SMTP server
 * @param smtpTlsVerify whether the SMTP server's certificate is checked
 * @param smtpUser the SMTP user, or null
 * @param smtpPassword the SMTP password, or null
 */
public record EmailSettings(
    boolean notification,
    List<String> to,
    @Nullable String from,
    @Nullable String replyTo,
    @Nullable String idsName,
    @Nullable String smtpServer,
    String heloServer,
    int smtpPort,
    int maxPerHour,
    boolean authSmtp,
    boolean secureSmtp,
    boolean smtpTlsVerify,
    @Nullable String smtpUser,
    @Nullable String smtpPassword) {

  public EmailSettings {
    to = List.copyOf(to);
    Objects.requireNonNull(heloServer, "heloServer");
    if (smtpPort < 1 || smtpPort > 65535 || maxPerHour < 1 || maxPerHour > 9999) {
      throw new IllegalArgumentException("smtp port " + smtpPort + " or max per hour " + maxPerHour);
    }
  }

  @Override
  public String toString() {
    return "EmailSettings[notification=" + notification + ", to=" + to + ", smtpServer=" + smtpServer
        + ", password " + (smtpPassword == null ? "unset" : "set") + "]";
  }
}
