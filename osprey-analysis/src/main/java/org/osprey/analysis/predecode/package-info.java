/**
 * Pre-decoding, as OSSEC's {@code OS_CleanMSG}: splits the queue message, removes control characters,
 * recognises syslog and the other timestamp headers, and extracts hostname and program name.
 */
@NullMarked
package org.osprey.analysis.predecode;

import org.jspecify.annotations.NullMarked;
