/**
 * The journald log format: the systemd journal read through {@code journalctl -o json --follow} as
 * a child process, by unit, syslog identifier or field matches, with the cursor of the last entry
 * sent kept in the positions so a restart resumes exactly after it.
 */
@NullMarked
package org.osprey.agent.logcollector.journald;

import org.jspecify.annotations.NullMarked;
