/**
 * Osprey's own ruleset: decoders and rules written for Osprey in OSSEC's XML format, with OSSEC's rule
 * ids, levels and groups for the same events. The XML lives as class-path resources under
 * {@code osprey-ruleset/} ({@code decoders/NNNN-source_decoders.xml}, {@code rules/NNNN-source_rules.xml},
 * loaded in byte order of file name); {@code osprey install} copies it into an install's
 * {@code ruleset/} folder. This package lays that ruleset out as an install would, for tests and tools.
 */
@NullMarked
package org.osprey.ruleset;

import org.jspecify.annotations.NullMarked;
