package org.osprey.analysis.cdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text-list rules of OSSEC 4.3.0's ossec-makelists, one edge at a time. */
class ListTextParserTest {

  private final List<String> entries = new ArrayList<>();
  private final List<Integer> skipped = new ArrayList<>();

  private List<String> parse(String text) throws IOException {
    ListTextParser.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.ISO_8859_1)),
        new ListTextParser.Handler() {
          @Override
          public void entry(byte[] key, byte[] value) {
            entries.add("[" + latin1(key) + "]=[" + latin1(value) + "]");
          }

          @Override
          public void skipped(int line) {
            skipped.add(line);
          }
        });
    return entries;
  }

  private static String latin1(byte[] b) {
    return new String(b, StandardCharsets.ISO_8859_1);
  }

  @Test
  void keyIsUpToTheFirstColonAndValueIsTheRest() throws IOException {
    assertThat(parse("10.0.0.1:bad:host:x\n")).containsExactly("[10.0.0.1]=[bad:host:x]");
  }

  @Test
  void whitespaceIsKeptExactlyAroundKeysAndValues() throws IOException {
    assertThat(parse("  root  : uid 0 \n\tadmin:\t\n")).containsExactly("[  root  ]=[ uid 0 ]", "[\tadmin]=[\t]");
  }

  @Test
  void emptyValuesAndEmptyKeysAreEntries() throws IOException {
    assertThat(parse("key:\n:value\n:\n")).containsExactly("[key]=[]", "[]=[value]", "[]=[]");
  }

  @Test
  void linesWithoutAColonAreSkippedAndTheirNumbersReported() throws IOException {
    assertThat(parse("no colon here\na:b\n\n   \nlast")).containsExactly("[a]=[b]");
    // Line 3 is empty (silently skipped); line 4 is blanks, which is not empty.
    assertThat(skipped).containsExactly(1, 4, 5);
  }

  @Test
  void trailingTripleHashIsACommentAndTakesBlanksBeforeIt() throws IOException {
    assertThat(parse("a:b ###comment\nc:d \t ### x:y\ne:f###\ng:h # not a comment\ni:j ## nor this\n"))
        .containsExactly("[a]=[b]", "[c]=[d]", "[e]=[f]", "[g]=[h # not a comment]", "[i]=[j ## nor this]");
  }

  @Test
  void aCommentBeforeTheColonLeavesNoEntry() throws IOException {
    assertThat(parse("### whole line\n   ### indented\nkey ### : value\n")).isEmpty();
    // "   ###" strips to an empty line (silent); "key ### : value" strips to "key" (no colon).
    assertThat(skipped).containsExactly(3);
  }

  @Test
  void onlyTheFirstTripleHashCounts() throws IOException {
    assertThat(parse("a:b#### c ### d\n")).containsExactly("[a]=[b]");
  }

  @Test
  void crLfEndingsAndMissingFinalNewlineAreFine() throws IOException {
    assertThat(parse("a:1\r\nb:2\r\nc:3")).containsExactly("[a]=[1]", "[b]=[2]", "[c]=[3]");
  }

  @Test
  void aCarriageReturnInsideALineCutsTheRestOfIt() throws IOException {
    assertThat(parse("a:1\rb:2\nc\r:3\n")).containsExactly("[a]=[1]");
    assertThat(skipped).containsExactly(2);
  }

  @Test
  void aNulByteEndsTheLineAsForCStrings() throws IOException {
    assertThat(parse("a:1\0rest\n\0b:2\nc\0:3\n")).containsExactly("[a]=[1]");
    assertThat(skipped).containsExactly(3);
  }

  @Test
  void highBytesArePassedThroughUnchanged() throws IOException {
    assertThat(parse("jos\u00e9:caf\u00e9\u00ff\n")).containsExactly("[jos\u00e9]=[caf\u00e9\u00ff]");
  }

  @Test
  void aLineLongerThanOssecsBufferIsReadAsSeveralLines() throws IOException {
    String longValue = "v".repeat(ListTextParser.MAX_PIECE - 2);
    // "k:" + 6140 v's fills the first piece exactly; the rest of the line is a piece of its own.
    assertThat(parse("k:" + longValue + "tail:x\nn:1\n"))
        .containsExactly("[k]=[" + longValue + "]", "[tail]=[x]", "[n]=[1]");
  }

  @Test
  void aLineOfExactlyTheBufferSizeLeavesItsNewlineAsAnEmptyPiece() throws IOException {
    String value = "v".repeat(ListTextParser.MAX_PIECE - 2);
    assertThat(parse("k:" + value + "\nafter\n")).containsExactly("[k]=[" + value + "]");
    // The newline is a piece of its own (empty, silent); "after" is still line 2.
    assertThat(skipped).containsExactly(2);
  }
}
