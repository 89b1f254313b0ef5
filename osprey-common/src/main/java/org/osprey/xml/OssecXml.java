package org.osprey.xml;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads OSSEC's XML dialect (see the package documentation). Input bytes are taken as ISO-8859-1, so
 * every byte survives as one {@code char}; callers that need UTF-8 text decode the strings themselves.
 */
public final class OssecXml {
  /** OSSEC's limit on an element name, attribute value or content, in bytes. */
  public static final int MAX_SIZE = 8192;

  /** OSSEC's nesting limit. */
  public static final int MAX_DEPTH = 1024;

  private OssecXml() {}

  /** Reads and parses {@code file}; the error names the file as given. */
  public static XmlDocument parse(Path file) throws XmlParseException, IOException {
    byte[] bytes = Files.readAllBytes(file);
    return parse(new String(bytes, StandardCharsets.ISO_8859_1), file.toString());
  }

  /** Parses {@code text}; {@code source} labels errors and nodes. */
  public static XmlDocument parse(String text, String source) throws XmlParseException {
    return new Parser(text, source).parse();
  }

  /** An element while it is being read. */
  private static final class Open {
    final String name;
    final Map<String, String> attributes;
    final int line;
    final int seq;
    final List<Open> children = new ArrayList<>();
    final StringBuilder content = new StringBuilder();
    boolean isVar;

    Open(String name, Map<String, String> attributes, int line, int seq) {
      this.name = name;
      this.attributes = attributes;
      this.line = line;
      this.seq = seq;
    }
  }

  private static final class Parser {
    private final String text;
    private final String source;
    private int pos;
    private int line = 1;
    private int seq;
    private final List<Open> roots = new ArrayList<>();
    private final List<Open> vars = new ArrayList<>();

    Parser(String text, String source) {
      this.text = text;
      this.source = source;
    }

    XmlDocument parse() throws XmlParseException {
      skipPrologue();
      Deque<Open> stack = new ArrayDeque<>();
      int len = text.length();
      while (pos < len) {
        char c = text.charAt(pos);
        if (c == '<' && (pos == 0 || text.charAt(pos - 1) != '\\')) {
          if (startsWith(pos + 1, "!")) {
            skipComment();
          } else if (startsWith(pos + 1, "?")) {
            skipPast("?>", "processing instruction is not closed");
          } else if (startsWith(pos + 1, "/")) {
            closeTag(stack);
          } else {
            openTag(stack);
          }
          continue;
        }
        if (c == '\n') {
          line++;
        }
        Open top = stack.peek();
        if (top != null) {
          if (top.content.length() >= MAX_SIZE) {
            throw error(line, "content of <" + top.name + "> is longer than " + MAX_SIZE + " bytes");
          }
          top.content.append(c);
        }
        // Text outside of any element is ignored, as OSSEC does (decoder.xml has sample logs there).
        pos++;
      }
      if (!stack.isEmpty()) {
        Open top = stack.peek();
        throw error(line, "element <" + top.name + "> opened at line " + top.line + " is not closed");
      }
      return build();
    }

    private void skipPrologue() {
      if (text.startsWith("\uFEFF")) {
        pos = 1;
      } else if (text.startsWith("\u00EF\u00BB\u00BF")) {
        pos = 3;
      }
    }

    private boolean startsWith(int at, String s) {
      return text.startsWith(s, at);
    }

    private void skipComment() throws XmlParseException {
      int start = line;
      int dashes = text.indexOf("-->", pos + 2);
      int bang = text.indexOf("!>", pos + 2);
      int end;
      int endLen;
      if (dashes < 0 && bang < 0) {
        throw error(start, "comment is not closed (no --> or !> before the end of the file)");
      } else if (bang < 0 || (dashes >= 0 && dashes < bang)) {
        end = dashes;
        endLen = 3;
      } else {
        end = bang;
        endLen = 2;
      }
      countLines(pos, end + endLen);
      pos = end + endLen;
    }

    private void skipPast(String end, String message) throws XmlParseException {
      int at = text.indexOf(end, pos);
      if (at < 0) {
        throw error(line, message);
      }
      countLines(pos, at + end.length());
      pos = at + end.length();
    }

    private void countLines(int from, int to) {
      for (int i = from; i < to; i++) {
        if (text.charAt(i) == '\n') {
          line++;
        }
      }
    }

    private void closeTag(Deque<Open> stack) throws XmlParseException {
      int tagLine = line;
      int gt = text.indexOf('>', pos);
      if (gt < 0) {
        throw error(tagLine, "end of file inside a closing tag");
      }
      String name = text.substring(pos + 2, gt).strip();
      countLines(pos, gt + 1);
      pos = gt + 1;
      Open top = stack.poll();
      if (top == null) {
        throw error(tagLine, "closing tag </" + name + "> without an opening tag");
      }
      if (!top.name.equals(name)) {
        throw error(
            tagLine,
            "closing tag </" + name + "> does not match <" + top.name + "> opened at line " + top.line);
      }
      attach(stack, top);
    }

    private void attach(Deque<Open> stack, Open done) {
      if (done.name.equalsIgnoreCase("var")) {
        done.isVar = true;
        vars.add(done);
      }
      Open parent = stack.peek();
      if (parent == null) {
        roots.add(done);
      } else {
        parent.children.add(done);
        // OSSEC keeps, as a parent's content, only the text after its last child.
        parent.content.setLength(0);
      }
    }

    private void openTag(Deque<Open> stack) throws XmlParseException {
      int tagLine = line;
      pos++;
      int nameStart = pos;
      while (pos < text.length() && !isSpace(text.charAt(pos)) && text.charAt(pos) != '>'
          && text.charAt(pos) != '/') {
        pos++;
      }
      if (pos >= text.length()) {
        throw error(tagLine, "end of file inside a tag");
      }
      String name = text.substring(nameStart, pos);
      if (name.isEmpty()) {
        throw error(tagLine, "a tag without a name");
      }
      if (name.length() > MAX_SIZE) {
        throw error(tagLine, "element name is longer than " + MAX_SIZE + " bytes");
      }
      Map<String, String> attributes = new LinkedHashMap<>();
      while (true) {
        skipSpaces();
        if (pos >= text.length()) {
          throw error(tagLine, "end of file inside the tag <" + name + ">");
        }
        char c = text.charAt(pos);
        if (c == '>') {
          pos++;
          if (stack.size() >= MAX_DEPTH) {
            throw error(tagLine, "elements nested deeper than " + MAX_DEPTH);
          }
          stack.push(new Open(name, attributes, tagLine, seq++));
          return;
        }
        if (c == '/') {
          if (!startsWith(pos, "/>")) {
            throw error(line, "'/' not followed by '>' in the tag <" + name + ">");
          }
          pos += 2;
          Open leaf = new Open(name, attributes, tagLine, seq++);
          attach(stack, leaf);
          return;
        }
        readAttribute(name, attributes);
      }
    }

    private void readAttribute(String element, Map<String, String> attributes)
        throws XmlParseException {
      int start = pos;
      while (pos < text.length() && !isSpace(text.charAt(pos)) && text.charAt(pos) != '='
          && text.charAt(pos) != '>' && text.charAt(pos) != '/') {
        pos++;
      }
      String attr = text.substring(start, pos);
      skipSpaces();
      if (attr.isEmpty() || pos >= text.length() || text.charAt(pos) != '=') {
        throw error(line, "attribute '" + attr + "' of <" + element + "> has no '=value'");
      }
      pos++;
      skipSpaces();
      if (pos >= text.length() || (text.charAt(pos) != '"' && text.charAt(pos) != '\'')) {
        throw error(line, "value of attribute '" + attr + "' of <" + element + "> is not quoted");
      }
      char quote = text.charAt(pos++);
      int end = text.indexOf(quote, pos);
      if (end < 0) {
        throw error(line, "value of attribute '" + attr + "' of <" + element + "> is not closed");
      }
      String value = text.substring(pos, end);
      if (value.length() > MAX_SIZE) {
        throw error(line, "value of attribute '" + attr + "' is longer than " + MAX_SIZE + " bytes");
      }
      countLines(pos, end + 1);
      pos = end + 1;
      for (String existing : attributes.keySet()) {
        if (existing.equalsIgnoreCase(attr)) {
          throw error(line, "attribute '" + attr + "' is repeated in <" + element + ">");
        }
      }
      attributes.put(attr, value);
    }

    private void skipSpaces() {
      while (pos < text.length() && isSpace(text.charAt(pos))) {
        if (text.charAt(pos) == '\n') {
          line++;
        }
        pos++;
      }
    }

    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == '\r';
    }

    private XmlParseException error(int at, String reason) {
      return new XmlParseException(source, at, reason);
    }

    // ---- variables and the immutable result ----

    private XmlDocument build() throws XmlParseException {
      vars.sort(java.util.Comparator.comparingInt(v -> v.seq));
      Map<String, String> variables = new LinkedHashMap<>();
      for (Open v : vars) {
        String varName = v.attributes.entrySet().stream()
            .filter(e -> e.getKey().equalsIgnoreCase("name"))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElseThrow(() -> error(v.line, "<var> without a name attribute"));
        if (varName.isEmpty() || varName.length() >= 256) {
          throw error(v.line, "variable name must be 1 to 255 characters");
        }
        variables.put(varName, v.content.toString());
      }
      List<XmlNode> out = new ArrayList<>();
      for (Open r : roots) {
        if (!r.isVar) {
          out.add(freeze(r));
        }
      }
      return new XmlDocument(source, out, variables);
    }

    private XmlNode freeze(Open o) throws XmlParseException {
      List<XmlNode> kids = new ArrayList<>();
      for (Open c : o.children) {
        if (!c.isVar) {
          kids.add(freeze(c));
        }
      }
      Map<String, String> attrs = new LinkedHashMap<>();
      for (Map.Entry<String, String> e : o.attributes.entrySet()) {
        attrs.put(e.getKey(), substitute(e.getValue(), o));
      }
      return new XmlNode(o.name, attrs, substitute(o.content.toString(), o), kids, source, o.line);
    }

    /** OSSEC's {@code $NAME} substitution, with the variables defined before {@code node}. */
    private String substitute(String value, Open node) throws XmlParseException {
      if (value.length() <= 2 || value.indexOf('$') < 0 || vars.isEmpty() || vars.get(0).seq > node.seq) {
        return value;
      }
      StringBuilder out = new StringBuilder(value.length() + 32);
      int i = 0;
      while (i < value.length()) {
        char c = value.charAt(i);
        if (c != '$') {
          out.append(c);
          i++;
          continue;
        }
        int end = i + 1;
        while (end < value.length() && !isVarTerminator(value.charAt(end))) {
          end++;
        }
        String name = value.substring(i + 1, end);
        if (name.isEmpty()) {
          out.append('$');
          i++;
          continue;
        }
        String replacement = lookup(name, node);
        if (replacement == null) {
          throw error(node.line, "unknown variable '$" + name + "' in <" + node.name + ">");
        }
        out.append(replacement);
        i = end;
      }
      return out.toString();
    }

    private String lookup(String name, Open node) {
      String found = null;
      for (Open v : vars) {
        if (v.seq > node.seq) {
          break;
        }
        String varName = v.attributes.entrySet().stream()
            .filter(e -> e.getKey().equalsIgnoreCase("name"))
            .map(Map.Entry::getValue)
            .findFirst()
            .orElse("");
        if (varName.equalsIgnoreCase(name)) {
          found = v.content.toString();
        }
      }
      return found;
    }

    private static boolean isVarTerminator(char c) {
      return c == '$' || c == '.' || c == '|' || c == ',' || c == ' ';
    }
  }
}
