/**
 * OSSEC's {@code etc/client.keys}: parsing, the per-agent encryption key derivation, address matching
 * (single hosts, CIDR, {@code any}), safe rewriting (0640, atomic) and a reloading view that picks up new keys
 * without a restart.
 */
@NullMarked
package org.osprey.transport.keys;

import org.jspecify.annotations.NullMarked;
