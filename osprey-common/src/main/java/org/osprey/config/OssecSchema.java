package org.osprey.config;

import java.util.List;
import org.osprey.config.schema.Section;

/** Every section of ossec.conf, declared once; the docs and the loader both read this. */
public final class OssecSchema {
  /** The root element of ossec.conf. */
  public static final String ROOT = "ossec_config";

  private static final List<Section> SECTIONS = List.of(
      GlobalSection.SECTION, AlertsSection.SECTION, RulesSection.SECTION,
      EmailAlertsSection.SECTION, SyslogOutputSection.SECTION, DatabaseOutputSection.SECTION,
      ReportsSection.SECTION, RemoteSection.SECTION, ClientSection.SECTION, AuthSection.SECTION,
      LocalfileSection.SECTION, SyscheckSection.SECTION, RootcheckSection.SECTION,
      CommandSection.SECTION, ActiveResponseSection.SECTION, AgentlessSection.SECTION);

  private OssecSchema() {}

  /** The sections, in documentation order. */
  public static List<Section> sections() {
    return SECTIONS;
  }
}
