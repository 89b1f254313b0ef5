package org.osprey.analysis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random messages on the three internal queues give a decoded event or a drop, never an exception,
 * and a decoded event always has an internal decoder.
 */
class InternalDecodersContractTest {
  private static Path queue;
  private static Fixture fixture;

  @BeforeContainer
  static void open() throws IOException {
    queue = Files.createTempDirectory("osprey-internal-fuzz");
    fixture = new Fixture(queue, new SyscheckSettings(true, true, List.of()));
  }

  @AfterContainer
  static void close() throws IOException {
    fixture.close();
    try (Stream<Path> s = Files.walk(queue)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.delete(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }

  @Provide
  Arbitrary<String> messages() {
    Arbitrary<String> noise = Arbitraries.strings().withCharRange('\0', '\u00ff').ofMaxLength(300);
    Arbitrary<String> sums = Arbitraries.strings().withChars("0123456789:x-abc").ofMaxLength(40);
    Arbitrary<String> names =
        Arbitraries.of("/etc/passwd", "/etc/hosts", "/x y", "", "/etc/passwd\n");
    Arbitrary<String> syscheck = Combinators.combine(sums, names, noise)
        .as((s, n, d) -> s + " " + n + (d.isEmpty() ? "" : "\n" + d));
    Arbitrary<String> hostinfo = Combinators.combine(
        Arbitraries.of("10.0.0.1", "10.0.0.10", "", "a b"), noise)
        .as((ip, rest) -> "Host: " + ip + "," + rest);
    return Arbitraries.oneOf(noise, syscheck, hostinfo,
        Arbitraries.of("syscheck-db-completed", "-1 /etc/passwd", "Host: ", "Host: x,"));
  }

  @Property(tries = 1500)
  void decodedOrDropped(@ForAll("messages") String text, @ForAll("queues") char queueId) {
    Fixture.Sent s = fixture.send(queueId, "fuzz", text);
    if (s.decoded()) {
      assertThat(s.decoder().id()).isPositive();
      assertThat(s.event().fullLog()).isNotNull();
    } else {
      assertThat(s.result()).isEqualTo(InternalDecoders.Result.DROPPED);
    }
  }

  @Provide
  Arbitrary<Character> queues() {
    return Arbitraries.of('8', '9', '3');
  }
}
