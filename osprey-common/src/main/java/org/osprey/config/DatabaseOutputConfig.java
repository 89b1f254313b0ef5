package org.osprey.config;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code <database_output>}: the database dbd writes alerts to.
 *
 * @param type the database kind
 * @param hostname the database host
 * @param username the user
 * @param password the password
 * @param database the database name
 * @param port the port, or 0 for the kind's default
 * @param socket a Unix socket to use instead of the host, or null
 */
public record DatabaseOutputConfig(
    Type type,
    String hostname,
    String username,
    String password,
    String database,
    int port,
    @Nullable String socket) {

  public DatabaseOutputConfig {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(hostname, "hostname");
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(database, "database");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port);
    }
  }

  /** The database kinds dbd supports. */
  public enum Type {
    MYSQL,
    POSTGRESQL
  }

  @Override
  public String toString() {
    return "DatabaseOutputConfig[" + type + " " + username + "@" + hostname + "/" + database + "]";
  }
}
