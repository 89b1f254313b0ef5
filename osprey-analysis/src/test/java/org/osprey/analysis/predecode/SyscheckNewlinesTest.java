package org.osprey.analysis.predecode;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.osprey.analysis.event.Event;
import org.osprey.queue.QueueMessage;

/**
 * OSSEC 4.x deletes every control character before decoding; Osprey keeps newlines in syscheck
 * messages so a {@code report_changes} diff stays apart from the file name (package internal).
 */
class SyscheckNewlinesTest {
  private final PreDecoder pre = new PreDecoder("manager", ZoneOffset.UTC);

  @Test
  void syscheckMessagesKeepNewlinesOnly() {
    Event e = pre.decode(new QueueMessage('8', "syscheck",
        "1:33188:0:0:a:b /etc/x\r\n1c1\n<\ta\n---\n> b\u007f"), 1L);
    assertThat(e).isNotNull();
    assertThat(e.fullLog()).isEqualTo("1:33188:0:0:a:b /etc/x\n1c1\n<a\n---\n> b");
  }

  @Test
  void otherQueuesLoseNewlinesAsInOssec4() {
    for (char q : new char[] {'1', '3', '9'}) {
      Event e = pre.decode(new QueueMessage(q, "x", "a\nb\tc"), 1L);
      assertThat(e).isNotNull();
      assertThat(e.fullLog()).isEqualTo("abc");
    }
  }

  @Test
  void aSyscheckMessageWithoutControlCharactersIsKeptAsIs() {
    String text = "1:33188:0:0:a:b /etc/x";
    Event e = pre.decode(new QueueMessage('8', "syscheck", text), 1L);
    assertThat(e).isNotNull();
    assertThat(e.fullLog()).isSameAs(text);
  }
}
