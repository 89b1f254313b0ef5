/**
 * Syslog from network devices: UDP datagrams and TCP streams (newline or octet-counting framing), with
 * allowed/denied address lists and size limits; events reach the analysis queue with the sender's address as
 * location.
 */
@NullMarked
package org.osprey.transport.syslog;

import org.jspecify.annotations.NullMarked;
