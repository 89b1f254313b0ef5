package org.osprey.queue;

/**
 * A queue, named by the path of the OSSEC socket it stands for, relative to the install home.
 *
 * @param path e.g. {@code queue/ossec/queue}; relative, with {@code /} separators and no {@code ..}
 */
public record QueueName(String path) {
  /** The analysis queue: read by analysisd (by agentd on an agent); written by every collector. */
  public static final QueueName ANALYSIS = new QueueName("queue/ossec/queue");

  /** Active responses to run on this host: read by execd; written by analysisd and agentd. */
  public static final QueueName EXECQ = new QueueName("queue/alerts/execq");

  /** Active responses to forward to agents: read by remoted; written by analysisd and the tools. */
  public static final QueueName AR = new QueueName("queue/alerts/ar");

  public QueueName {
    if (path.isEmpty() || path.startsWith("/") || path.endsWith("/") || path.contains("\\")) {
      throw new IllegalArgumentException("queue path must be relative, like queue/ossec/queue: " + path);
    }
    for (String part : path.split("/", -1)) {
      if (part.isEmpty() || part.equals(".") || part.equals("..")) {
        throw new IllegalArgumentException("bad element in queue path: " + path);
      }
    }
  }

  @Override
  public String toString() {
    return path;
  }
}
