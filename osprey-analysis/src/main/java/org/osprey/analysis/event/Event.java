package org.osprey.analysis.event;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One event under analysis, as OSSEC's {@code Eventinfo}. Strings are Latin-1 (one char per byte).
 *
 * <p>Pre-decoding sets location, full log, log, hostname, program name and time; decoding sets the
 * decoder and fields; rule matching reads them. Not thread-safe: one thread owns an event until it has
 * been matched; afterwards correlation lists only read it (and its {@link #matchedLevel()}).
 */
public final class Event {
  private final char queue;
  private String location;
  private String fullLog;
  private String log;
  private @Nullable String hostname;
  private @Nullable String programName;
  private final long epochSecond;
  private final ZoneId zone;
  private @Nullable LocalDateTime localTime;

  private final String[] fields = new String[Field.all().length];
  private String @Nullable [] dynamic;
  private @Nullable Object decoder;
  private int matchedLevel;
  private @Nullable Object generatedRule;
  private @Nullable List<String> assignments;
  private boolean traceAssignments;
  private boolean ftsDone;
  private int generatedRuleId;
  private @Nullable Object typeOverride;
  private @Nullable List<String> lastEvents;
  private @Nullable FileChange fileChange;

  public Event(char queue, String location, String fullLog, long epochSecond, ZoneId zone) {
    this.queue = queue;
    this.location = Objects.requireNonNull(location, "location");
    this.fullLog = Objects.requireNonNull(fullLog, "fullLog");
    this.log = fullLog;
    this.epochSecond = epochSecond;
    this.zone = zone;
  }

  public char queue() {
    return queue;
  }

  public String location() {
    return location;
  }

  /** The cleaned message, as received (control characters removed). */
  public String fullLog() {
    return fullLog;
  }

  /** Replaces the location (the OSSEC-alert plugin prefixes the original alert's location). */
  public void setLocation(String location) {
    this.location = Objects.requireNonNull(location, "location");
  }

  /** Replaces the full log (the OSSEC-alert plugin keeps only the original alert's text). */
  public void setFullLog(String fullLog) {
    this.fullLog = Objects.requireNonNull(fullLog, "fullLog");
  }

  /** The rule id an OSSEC-alert plugin read from a re-injected alert (0 when none). */
  public int generatedRuleId() {
    return generatedRuleId;
  }

  public void setGeneratedRuleId(int id) {
    this.generatedRuleId = id;
  }

  /**
   * A decoder type chosen for this event only (the SonicWall plugin picks it per message), or null.
   * Typed as Object to keep this package free of decoder types.
   */
  public @Nullable Object typeOverride() {
    return typeOverride;
  }

  public void setTypeOverride(@Nullable Object type) {
    this.typeOverride = type;
  }

  /** The message after the recognised header: what decoders and rules read. */
  public String log() {
    return log;
  }

  public void setLog(String log) {
    this.log = log;
  }

  public @Nullable String hostname() {
    return hostname;
  }

  public void setHostname(@Nullable String hostname) {
    this.hostname = hostname;
  }

  public @Nullable String programName() {
    return programName;
  }

  public void setProgramName(@Nullable String programName) {
    this.programName = programName;
  }

  /** Receipt time, epoch seconds. */
  public long epochSecond() {
    return epochSecond;
  }

  public ZoneId zone() {
    return zone;
  }

  /** Receipt time in the analysis zone (OSSEC uses local time for alerts and time rules). */
  public LocalDateTime localTime() {
    LocalDateTime t = localTime;
    if (t == null) {
      t = LocalDateTime.ofInstant(Instant.ofEpochSecond(epochSecond), zone);
      localTime = t;
    }
    return t;
  }

  /**
   * Whether the hostname is the location itself (agent events, re-injected alerts): then alerts show
   * only the location. OSSEC compares the two pointers; the same string object is used here.
   */
  public boolean hostnameIsLocation() {
    return hostname == location;
  }

  /** Whether this event came from an agent (its location starts with {@code (}). */
  public boolean fromAgent() {
    return !location.isEmpty() && location.charAt(0) == '(';
  }

  public @Nullable String get(Field f) {
    return fields[f.ordinal()];
  }

  public void set(Field f, @Nullable String value) {
    fields[f.ordinal()] = value;
  }

  /** The user rules test: dstuser when set, else srcuser. */
  public @Nullable String user() {
    String d = fields[Field.DSTUSER.ordinal()];
    return d != null ? d : fields[Field.SRCUSER.ordinal()];
  }

  /** Dynamic field {@code index} of the final decoder's {@code <order>}, or null. */
  public @Nullable String dynamic(int index) {
    String[] d = dynamic;
    return d != null && index >= 0 && index < d.length ? d[index] : null;
  }

  /** Stores a dynamic field by capture index, growing the table as needed. */
  public void setDynamic(int index, String value) {
    String[] d = dynamic;
    if (d == null || index >= d.length) {
      String[] grown = new String[Math.max(index + 1, 8)];
      if (d != null) {
        System.arraycopy(d, 0, grown, 0, d.length);
      }
      d = grown;
      dynamic = d;
    }
    d[index] = value;
  }

  /** The decoder that decoded the event (a {@code org.osprey.analysis.decoder.Decoder}), or null. */
  public @Nullable Object decoder() {
    return decoder;
  }

  public void setDecoder(@Nullable Object decoder) {
    this.decoder = decoder;
  }

  /** The highest level of a frequency rule that has already counted this event (OSSEC's {@code matched}). */
  public int matchedLevel() {
    return matchedLevel;
  }

  public void setMatchedLevel(int level) {
    this.matchedLevel = level;
  }

  /** The rule an OSSEC-alert plugin decoder chose directly, or null. */
  public @Nullable Object generatedRule() {
    return generatedRule;
  }

  public void setGeneratedRule(@Nullable Object rule) {
    this.generatedRule = rule;
  }

  /** Whether first-time-seen was already settled for this event (OSSEC's {@code FTS_DONE}). */
  public boolean ftsDone() {
    return ftsDone;
  }

  public void setFtsDone(boolean done) {
    this.ftsDone = done;
  }

  /** Earlier events printed under this event's alert (correlation sample or previous output). */
  public List<String> lastEvents() {
    return lastEvents == null ? List.of() : lastEvents;
  }

  public void setLastEvents(@Nullable List<String> lines) {
    this.lastEvents = lines;
  }

  /** Records field assignments as {@code label: 'value'} lines (logtest's Phase 2). */
  public void traceAssignments() {
    this.traceAssignments = true;
    this.assignments = new ArrayList<>();
  }

  /** Notes an assignment when tracing. */
  public void noteAssignment(String label, String value) {
    if (traceAssignments && assignments != null) {
      assignments.add(label + ": '" + value + "'");
    }
  }

  /** The traced assignments, in order (empty when not tracing). */
  public List<String> assignments() {
    return assignments == null ? List.of() : assignments;
  }

  /** File attributes an internal decoder (syscheck, rootcheck) recorded, or null. */
  public @Nullable FileChange fileChange() {
    return fileChange;
  }

  public void setFileChange(@Nullable FileChange change) {
    this.fileChange = change;
  }
}
