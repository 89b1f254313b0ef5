package org.osprey.daemon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {
  @TempDir Path dir;

  @Test
  void writesKeyQuotedValueLinesAndReadsThemBack() throws Exception {
    Map<String, String> v = new LinkedHashMap<>();
    v.put("pid", "4242");
    v.put("daemons", "ossec-analysisd,ossec-monitord");
    v.put("queue.queue/ossec/queue.in.received", "10");
    Path file = dir.resolve("osprey-all.state");
    new StateFile(v).write(file);
    assertThat(Files.readAllLines(file))
        .contains("pid='4242'", "daemons='ossec-analysisd,ossec-monitord'", "queue.queue/ossec/queue.in.received='10'");
    StateFile back = StateFile.read(file);
    assertThat(back.values()).isEqualTo(v);
    assertThat(back.number("pid", 0)).isEqualTo(4242);
    assertThat(back.list("daemons")).containsExactly("ossec-analysisd", "ossec-monitord");
    assertThat(back.list("missing")).isEmpty();
    assertThat(dir.resolve(".osprey-all.state.tmp")).doesNotExist();
  }

  @Test
  void parsingSkipsCommentsAndJunk() {
    StateFile s = StateFile.parse(List.of("# comment", "junk", "a='1'", "b=2", "=x"));
    assertThat(s.values()).containsExactly(Map.entry("a", "1"), Map.entry("b", "2"));
    assertThat(s.number("a", -1)).isEqualTo(1);
    assertThat(s.number("c", -1)).isEqualTo(-1);
  }

  @Test
  void refusesValuesThatWouldBreakTheFormat() {
    assertThatThrownBy(() -> new StateFile(Map.of("a", "it's")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new StateFile(Map.of("a b", "x"))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void queueLinesGroupTheCountersOfEachQueue() {
    StateFile s =
        StateFile.parse(
            List.of(
                "queue.queue/test/sink.in.received='7'",
                "queue.queue/test/sink.in.queued='0'",
                "queue.queue/test/sink.in.dropped='1'",
                "queue.queue/test/sink.in.high_water='3'",
                "queue.queue/test/sink.in.rejected='0'",
                "queue.queue/ossec/queue.out.received='2'"));
    assertThat(QueueLines.of(s))
        .containsExactly(
            "queue/test/sink (in): received 7, queued 0, dropped 1, high_water 3, rejected 0",
            "queue/ossec/queue (out): received 2, queued ?, dropped ?, high_water ?, rejected ?");
  }
}
