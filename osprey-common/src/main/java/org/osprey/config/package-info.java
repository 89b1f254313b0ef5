/**
 * OSSEC's {@code ossec.conf} and {@code internal_options.conf}, read into immutable records.
 *
 * <p>{@link org.osprey.config.OssecConfig#load(java.nio.file.Path)} reads every {@code
 * <ossec_config>} of a file. Each section is declared once in {@link
 * org.osprey.config.OssecSchema} (names, types, defaults, one line of doc each; the reference
 * {@code docs/ossec-conf.md} is generated from it). Repeated {@code <global>}, {@code <rules>},
 * {@code <alerts>}, {@code <syscheck>}, {@code <rootcheck>}, {@code <client>}, {@code
 * <database_output>} and {@code <auth>} merge as OSSEC merges them (a single value: the last one
 * written wins; a repeatable one: all are kept in order); {@code <localfile>}, {@code <remote>},
 * {@code <command>}, {@code <active-response>}, {@code <email_alerts>}, {@code <syslog_output>},
 * {@code <agentless>} and {@code <reports>} are lists.
 *
 * <p>Compatibility choices: everything OSSEC 4.3 accepts is accepted. Osprey is more lenient in
 * three ways that cannot change the meaning of a file OSSEC accepts: element and attribute names and
 * the words of enumerated values ignore ASCII case; surrounding whitespace of a value is ignored
 * (pattern text excepted); durations also take a unit suffix. It is stricter where OSSEC silently
 * ignores a mistake (an unknown attribute, an unknown {@code <expect>} word, a {@code <reports>}
 * without recipients, two listeners on one port) or only finds it when a daemon starts (an {@code
 * <active-response>} naming an undefined {@code <command>}). Every problem is reported with its
 * file and line, all problems of a file together, in one {@link org.osprey.config.ConfigException}.
 *
 * <p>What is not checked here: pattern syntax (OS_Match / OS_Regex text is compiled by the engine
 * that uses it), whether files and scripts exist, and host name resolution — all of which OSSEC
 * does at start, and which depend on the machine rather than the file.
 */
@NullMarked
package org.osprey.config;

import org.jspecify.annotations.NullMarked;
