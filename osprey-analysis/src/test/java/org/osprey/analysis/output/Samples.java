package org.osprey.analysis.output;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.osprey.analysis.decoder.DecoderType;
import org.osprey.analysis.engine.Outcome;
import org.osprey.analysis.event.Event;
import org.osprey.analysis.event.Field;
import org.osprey.analysis.rule.Correlation;
import org.osprey.analysis.rule.InfoDetail;
import org.osprey.analysis.rule.Rule;

/**
 * The alerts the golden files are made of, each from a real queue message through the test engine
 * (plus two made by hand for what the small ruleset cannot show).
 */
final class Samples {
  /** 2024-01-05 11:00:00 in Paris (10:00 UTC). */
  static final long T = 1704448800L;

  /** An alert, with its rule's fired count when it was raised. */
  record Sample(String name, Event event, Rule rule, long alertId, long firedTimes) {}

  private Samples() {}

  static List<Sample> alerts(TestEngine eng) {
    List<Sample> out = new ArrayList<>();
    long id = 1;
    out.add(alert(eng, "local sshd invalid user", id++,
        "1:/var/log/auth.log:Jan  5 11:00:00 web01 sshd[4242]: Invalid user admin from "
            + "192.0.2.7 port 50022", T));
    out.add(alert(eng, "agent sshd accepted", id++,
        "1:(web02) 192.0.2.10->/var/log/secure:Jan  5 11:00:05 web02 sshd[77]: Accepted "
            + "password for root from 198.51.100.4 port 40000 ssh2", T + 5));
    out.add(bruteForce(eng, id++));
    out.add(alert(eng, "firewall drop", id++,
        "1:/var/log/fw.log:TESTFW DROP TCP 203.0.113.5:5555 192.0.2.1:22", T + 30));
    out.add(alert(eng, "webapp with dynamic fields, cut at 1256 bytes", id++,
        "1:webapp:webapp: id=42 status=200 url=/login sys=portal data=x tenant=acme "
            + "geo.city=Paris geo.country=FR dstuser=alice " + "y".repeat(1500), T + 40));
    out.add(alert(eng, "rootcheck with compliance tags", id++,
        "1:rootcheck:System Audit: SSH Hardening - 1: Root can log in. File: "
            + "/etc/ssh/sshd_config. Reference: 1 . {PCI_DSS: 2.2.4} {CIS: 5.2.8 Debian Linux}",
        T + 50));
    out.add(alert(eng, "syscheck file", id++,
        "1:syscheck:Integrity checksum changed for: '/etc/passwd'", T + 60));
    out.add(checkDiffByHand(eng, id++));
    out.add(nullDescriptionByHand(eng, id));
    return out;
  }

  private static Sample alert(TestEngine eng, String name, long id, String wire, long time) {
    Outcome o = eng.analyze(wire, time);
    if (!o.alert() || o.event() == null || o.rule() == null) {
      throw new IllegalStateException(name + ": no alert but " + o.verdict());
    }
    return new Sample(name, o.event(), o.rule(), id, eng.state.firedTimes(o.rule()));
  }

  /** Invalid users from one address until rule 5712 fires; its alert carries the earlier lines. */
  private static Sample bruteForce(TestEngine eng, long id) {
    for (int i = 0; i < 12; i++) {
      Outcome o = eng.analyze("1:/var/log/auth.log:Jan  5 11:00:" + (10 + i) + " web01 sshd[" + (500
          + i) + "]: Invalid user guest" + i + " from 192.0.2.99 port " + (41000 + i), T + 10 + i);
      if (o.alert() && o.rule() != null && o.rule().id() == 5712 && o.event() != null) {
        return new Sample("brute force with earlier events", o.event(), o.rule(), id,
            eng.state.firedTimes(o.rule()));
      }
    }
    throw new IllegalStateException("rule 5712 never fired");
  }

  /** A check_diff style alert: "Previous output:" then the old output, and a long earlier line. */
  private static Sample checkDiffByHand(TestEngine eng, long id) {
    Event e = eng.decoded("1:(db01) any->netstat -tan |grep LISTEN:ossec: output: 'netstat -tan "
        + "|grep LISTEN': tcp 0.0.0.0:22 LISTEN tcp 0.0.0.0:5432 LISTEN", T + 70);
    e.setLastEvents(List.of("Previous output:", "ossec: output: 'netstat -tan |grep LISTEN': "
        + "tcp 0.0.0.0:22 LISTEN", "z".repeat(1300)));
    Rule r = new Rule(-1, 533, 7, "ossec,", "Listened ports status (netstat) changed (new port "
        + "opened or closed).", List.of(new InfoDetail("Text", "check_diff")), DecoderType.OSSEC,
        List.of(), 0, false, true, true, false, 0, 0, 0, Correlation.NONE, 0, null, null, Set.of(),
        true, Set.of(), Set.of(), "(test)", 0);
    return new Sample("check_diff by hand: previous output, mail, agent with any", e, r, id, 0);
  }

  /** A rule without description and an event with every field the alert block prints. */
  private static Sample nullDescriptionByHand(TestEngine eng, long id) {
    Event e = eng.decoded("2:10.0.0.3:Jan  5 11:01:00 router7 kernel: link down", T + 80);
    e.set(Field.SRCIP, "10.1.1.1");
    e.set(Field.SRCPORT, "1234");
    e.set(Field.DSTIP, "10.2.2.2");
    e.set(Field.DSTPORT, "80");
    e.set(Field.SRCUSER, "not-printed");
    e.set(Field.DSTUSER, "bob");
    Rule r = new Rule(-1, 100001, 2, "local,syslog,", null, List.of(), DecoderType.SYSLOG,
        List.of(), 0, false, false, true, false, 0, 0, 0, Correlation.NONE, 0, null, null,
        Set.of(), false, Set.of(), Set.of(), "(test)", 0);
    return new Sample("no description, every extra line", e, r, id, 0);
  }
}
