/**
 * What analysisd writes (spec ossec-protocol §9, ossec-rules §8.3-§8.5): the daily logs under
 * {@code logs/} with their hard-linked stable names (alerts.log, alerts.json, archives.log,
 * archives.json, firewall.log), the custom alert line, the statistics under {@code stats/} with
 * internal rule 11, and the state file {@code var/run/ossec-analysisd.state}.
 * {@link org.osprey.analysis.output.AnalysisOutputs} ties them together in OSSEC's order; time
 * comes from the events (rotation, statistics) and from an injected {@link java.time.InstantSource}
 * (start-up day, buffer flushing, the state file). The text logs keep the events' bytes; the JSON
 * logs are UTF-8, see {@link org.osprey.analysis.output.JsonText} for how Latin-1 strings become
 * JSON.
 *
 * <h2>alerts.json names</h2>
 *
 * <p>alerts.json and archives.json use Wazuh 4.x's names and key order, so Filebeat's Wazuh module,
 * the Wazuh index templates and dashboards read them. OSSEC 4.3's {@code to_json.c} names differ:
 *
 * <table>
 *   <caption>OSSEC to_json.c key and the key written here</caption>
 *   <tr><th>OSSEC 4.3</th><th>Osprey (Wazuh 4.x)</th></tr>
 *   <tr><td>{@code TimeStamp} (epoch ms); {@code timestamp} ("YYYY Mon DD HH:MM:SS")</td>
 *       <td>{@code timestamp}: {@code 2024-01-05T10:00:00.000+0100} in the analysis zone</td></tr>
 *   <tr><td>{@code rule.comment}</td><td>{@code rule.description}</td></tr>
 *   <tr><td>{@code rule.sidid} (number)</td><td>{@code rule.id} (string)</td></tr>
 *   <tr><td>{@code rule.cve}, {@code rule.info}, {@code rule.frequency},
 *       {@code rule.firedtimes}</td>
 *       <td>the same; firedtimes counts the current hour, as OSSEC resets it hourly</td></tr>
 *   <tr><td>(none)</td><td>{@code rule.mail} (boolean)</td></tr>
 *   <tr><td>{@code rule.group} (raw string), {@code rule.groups}</td>
 *       <td>{@code rule.groups} only, without the compliance groups</td></tr>
 *   <tr><td>{@code rule.PCI_DSS}, {@code rule.CIS} (prefix removed)</td>
 *       <td>{@code rule.pci_dss}, {@code rule.cis}, and likewise {@code gdpr_}, {@code gpg13_},
 *       {@code hipaa_}, {@code nist_800_53_}, {@code tsc_} into {@code rule.gdpr},
 *       {@code rule.gpg13}, {@code rule.hipaa}, {@code rule.nist_800_53},
 *       {@code rule.tsc}</td></tr>
 *   <tr><td>rootcheck {@code {TAG: a, b}} tags as {@code rule.<TAG>}</td>
 *       <td>the same, lower-cased; a tag that names a compliance array already present adds to it
 *       (Wazuh would repeat the key)</td></tr>
 *   <tr><td>{@code agent_name}, {@code agentip}</td><td>{@code agent.name}, {@code agent.ip} (from
 *       {@code (name) ip->file}; no ip when it is {@code any}); {@code agent.id} from
 *       {@link org.osprey.analysis.output.AgentIds}; local events are agent {@code 000} named after
 *       the manager</td></tr>
 *   <tr><td>(none)</td><td>{@code manager.name}</td></tr>
 *   <tr><td>{@code id}</td><td>{@code id}: {@code <epoch>.<alert id>} (left out of archives.json
 *       lines that raised no alert)</td></tr>
 *   <tr><td>{@code location}, {@code logfile}</td><td>{@code location}: for agents the part after
 *       {@code ->}</td></tr>
 *   <tr><td>{@code full_log}</td><td>{@code full_log}</td></tr>
 *   <tr><td>{@code previous_output} (the second earlier line)</td><td>{@code previous_output}: all
 *       earlier lines joined by newlines, when there are two or more and the second is set
 *       </td></tr>
 *   <tr><td>{@code decoder}, {@code decoder_parent},
 *       {@code decoder_desc.{fts,accumulate,parent,name,ftscomment}}</td>
 *       <td>{@code decoder.{accumulate,parent,name,ftscomment}}</td></tr>
 *   <tr><td>{@code hostname}, {@code program_name}</td><td>{@code predecoder.program_name};
 *       {@code predecoder.timestamp} and {@code predecoder.hostname} when full_log starts with a
 *       syslog header</td></tr>
 *   <tr><td>{@code protocol}, {@code action}, {@code srcip}, {@code srcport}, {@code srcuser},
 *       {@code dstip}, {@code dstport}, {@code dstuser}, {@code status}, {@code url}</td>
 *       <td>the same names under {@code data}; also {@code data.id}</td></tr>
 *   <tr><td>{@code data}, {@code systemname}</td>
 *       <td>{@code data.extra_data}, {@code data.system_name}</td></tr>
 *   <tr><td>dynamic fields at the top level</td><td>under {@code data}; a dotted name nests
 *       ({@code a.b} is {@code data.a.b}); a name already present is not repeated</td></tr>
 *   <tr><td>{@code SyscheckFile.path} (any event with a file name)</td>
 *       <td>{@code syscheck.path} for syscheck decoders; other events' file name is
 *       {@code data.filename}</td></tr>
 * </table>
 *
 * <p>Not written: the syscheck checksum, owner and permission changes ({@code md5_before} and the
 * like; events do not carry them yet), GeoIP fields, {@code rule.mitre}, {@code cluster}.
 */
@NullMarked
package org.osprey.analysis.output;

import org.jspecify.annotations.NullMarked;
