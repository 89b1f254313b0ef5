package org.osprey.analysis.rule;

/**
 * An {@code <info>} or {@code <cve>} of a rule.
 *
 * @param type the label logtest prints: {@code Text}, {@code Link}, {@code CVE} or {@code OSVDB}
 * @param data the content
 */
public record InfoDetail(String type, String data) {}
