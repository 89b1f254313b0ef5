package org.osprey.analysis.output;

import org.jspecify.annotations.Nullable;

/**
 * Finds an agent's id from its name, for {@code agent.id} in alerts.json. OSSEC's locations carry
 * only the name and address ({@code (name) ip->file}), so the daemon answers from client.keys.
 */
@FunctionalInterface
public interface AgentIds {
  /** No ids known: {@code agent.id} is left out for agent events. */
  AgentIds UNKNOWN = name -> null;

  /** The id of the agent called {@code name}, or null when unknown. */
  @Nullable String idOf(String name);
}
