package org.osprey.transport.keys;

/** A new agent's address is already another agent's IP field. */
public final class IpInUseException extends KeysException {
  private static final long serialVersionUID = 1L;

  private final transient AgentKey existing;

  IpInUseException(String ip, AgentKey existing) {
    super("IP " + ip + " is already used by agent " + existing.id() + " (" + existing.name() + ")");
    this.existing = existing;
  }

  /** The agent that has the address. */
  public AgentKey existing() {
    return existing;
  }
}
