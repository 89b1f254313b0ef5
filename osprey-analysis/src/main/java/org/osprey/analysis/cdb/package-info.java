/**
 * OSSEC's CDB lists: the constant-database file format (D. J. Bernstein's {@code cdb}, which OSSEC's
 * {@code ossec-makelists} writes and {@code ossec-analysisd} reads), the compiler from the
 * {@code key:value} text lists to {@code .cdb} files, the set of lists an {@code ossec.conf} declares,
 * and the rule-side lookups of the {@code <list>} rule element (spec §6.9).
 *
 * <p>Keys and values are bytes. The {@code String} helpers map them one byte to one {@code char}
 * (ISO-8859-1), the way Osprey keeps log text. Readers are immutable and safe to share between
 * threads; a damaged file is refused when it is opened, so lookups never fail.
 */
@NullMarked
package org.osprey.analysis.cdb;

import org.jspecify.annotations.NullMarked;
