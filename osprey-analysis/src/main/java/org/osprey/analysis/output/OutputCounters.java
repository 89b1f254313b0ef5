package org.osprey.analysis.output;

/**
 * What the outputs wrote since start.
 *
 * @param alerts alerts written to alerts.log
 * @param archives events archived
 * @param firewall firewall.log lines
 * @param statsErrors statistics files that could not be written
 * @param alertsLog alerts.log
 * @param alertsJson alerts.json
 * @param archivesLog archives.log
 * @param archivesJson archives.json
 * @param firewallLog firewall.log
 */
public record OutputCounters(long alerts, long archives, long firewall, long statsErrors,
    StreamCounters alertsLog,
    StreamCounters alertsJson, StreamCounters archivesLog, StreamCounters archivesJson,
    StreamCounters firewallLog) {}
