/**
 * Agent enrolment: ossec-authd's TLS 1.2 server on 1515 speaking OSSEC's {@code OSSEC A:'name'} request and
 * {@code OSSEC K:'...'} reply, its client (agent-auth), and what both need from TLS with the plain JDK: PEM
 * certificates and keys, and OpenSSL cipher strings mapped onto JSSE suite names. The manager's certificate
 * is the operator's to create (the error names the files and an {@code openssl req} line).
 */
@NullMarked
package org.osprey.transport.authd;

import org.jspecify.annotations.NullMarked;
