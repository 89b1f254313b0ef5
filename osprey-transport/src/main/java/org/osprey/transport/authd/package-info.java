/**
 * Agent enrolment: ossec-authd's TLS server on 1515 speaking OSSEC's {@code OSSEC A:'name'} request and
 * {@code OSSEC K:'...'} reply, its client (agent-auth), and the self-signed certificate made at first start.
 */
@NullMarked
package org.osprey.transport.authd;

import org.jspecify.annotations.NullMarked;
