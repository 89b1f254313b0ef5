package org.osprey.config;

import static org.osprey.config.schema.Types.choice;
import static org.osprey.config.schema.Types.integer;
import static org.osprey.config.schema.Types.path;
import static org.osprey.config.schema.Types.text;

import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.osprey.config.schema.Key;
import org.osprey.config.schema.Section;
import org.osprey.config.schema.SectionValues;

/** Declares {@code <database_output>} and builds {@link DatabaseOutputConfig}. */
final class DatabaseOutputSection {
  static final Key<String> HOSTNAME = Key.of("hostname", ConfigTypes.host(),
      "The database host.").asRequired();
  static final Key<String> USERNAME = Key.of("username", text(), "The user.").asRequired();
  static final Key<String> PASSWORD = Key.of("password", text(), "The password.").asRequired();
  static final Key<String> DATABASE = Key.of("database", text(), "The database name.")
      .asRequired();
  static final Key<Integer> PORT = Key.of("port", integer(0, 65535),
      "The port (0: the database's default).").defaultValue(0);
  static final Key<String> SOCKET = Key.of("socket", path(),
      "A Unix socket to connect through instead of the host.");
  static final Key<DatabaseOutputConfig.Type> TYPE = Key.of("type",
      choice(DatabaseOutputConfig.Type.class, t -> t.name().toLowerCase(Locale.ROOT)),
      "The database kind.").asRequired();

  static final Section SECTION = Section.merged("database_output",
      "The database that dbd writes alerts to (manager installs).",
      HOSTNAME, USERNAME, PASSWORD, DATABASE, PORT, SOCKET, TYPE);

  private DatabaseOutputSection() {}

  static @Nullable DatabaseOutputConfig build(SectionValues v) {
    DatabaseOutputConfig.Type type = v.find(TYPE);
    String host = v.find(HOSTNAME);
    String user = v.find(USERNAME);
    String pass = v.find(PASSWORD);
    String db = v.find(DATABASE);
    if (type == null || host == null || user == null || pass == null || db == null) {
      return null;
    }
    return new DatabaseOutputConfig(type, host, user, pass, db, v.get(PORT), v.find(SOCKET));
  }
}
