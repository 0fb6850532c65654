package de.sozialraum.monitor.quality;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiFunction;

/**
 * Ways real deliveries go wrong, applied to the bytes of a well-formed file: cut off, bytes
 * garbled, a huge line, a wrong encoding, numbers that are not numbers, formula text, stray quotes
 * and delimiters, lines doubled or swapped. Deterministic for a given random source, so a failing
 * case is reproduced from its seed.
 */
final class Mutations {

  /** A named change of a file's bytes. */
  record Mutation(String name, BiFunction<byte[], SplittableRandom, byte[]> apply) {}

  private static final String[] HOSTILE_TOKENS = {
    "NaN",
    "Infinity",
    "-Infinity",
    "1e309",
    "-0",
    "0x1F",
    "١٢٣",
    "1.234.567,8,9",
    "=HYPERLINK(\"http://example.invalid\",\"klick\")",
    "+SUM(A1:A9)",
    "@cmd",
    "\u0000",
    "\uFEFF",
    "\"",
    "\"\"\"",
    ";;;",
    ",,,",
    "\r",
    "null",
    "true",
    "[]",
    "{}",
    "9999999999999999999999",
    "-1",
    "😀"
  };

  static final List<Mutation> ALL =
      List.of(
          new Mutation(
              "truncate",
              (b, r) -> java.util.Arrays.copyOf(b, b.length == 0 ? 0 : r.nextInt(b.length))),
          new Mutation(
              "flip-bytes",
              (b, r) -> {
                byte[] out = b.clone();
                for (int i = 0, n = 1 + r.nextInt(12); i < n && out.length > 0; i++) {
                  out[r.nextInt(out.length)] = (byte) r.nextInt(256);
                }
                return out;
              }),
          new Mutation(
              "huge-line",
              (b, r) ->
                  insertAtLine(
                      b,
                      r,
                      ("x".repeat(1 + r.nextInt(3)) + ";").repeat(200_000 + r.nextInt(300_000)))),
          new Mutation(
              "hostile-token",
              (b, r) -> replaceToken(b, r, HOSTILE_TOKENS[r.nextInt(HOSTILE_TOKENS.length)])),
          new Mutation(
              "utf16",
              (b, r) -> new String(b, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_16LE)),
          new Mutation(
              "latin1-bytes",
              (b, r) ->
                  new String(b, StandardCharsets.UTF_8)
                      .replace("ü", "\u00fc\u00fc")
                      .getBytes(StandardCharsets.ISO_8859_1)),
          new Mutation("bom-inside", (b, r) -> insertAtLine(b, r, "\uFEFF")),
          new Mutation("nul-bytes", (b, r) -> insertAtLine(b, r, "\u0000\u0000")),
          new Mutation("unbalanced-quote", (b, r) -> insertAtLine(b, r, "\"")),
          new Mutation(
              "cr-only",
              (b, r) ->
                  new String(b, StandardCharsets.UTF_8)
                      .replace("\r\n", "\n")
                      .replace('\n', '\r')
                      .getBytes(StandardCharsets.UTF_8)),
          new Mutation(
              "drop-first-line",
              (b, r) -> lines(b).size() < 2 ? b : join(lines(b).subList(1, lines(b).size()))),
          new Mutation(
              "duplicate-line",
              (b, r) -> {
                List<String> l = new ArrayList<>(lines(b));
                if (!l.isEmpty()) {
                  l.add(r.nextInt(l.size() + 1), l.get(r.nextInt(l.size())));
                }
                return join(l);
              }),
          new Mutation(
              "swap-lines",
              (b, r) -> {
                List<String> l = new ArrayList<>(lines(b));
                if (l.size() > 1) {
                  java.util.Collections.swap(l, r.nextInt(l.size()), r.nextInt(l.size()));
                }
                return join(l);
              }),
          new Mutation(
              "repeat-first-field",
              (b, r) -> {
                // a header with a column twice, or a record with a field too many
                List<String> l = new ArrayList<>(lines(b));
                int at = r.nextInt(Math.min(3, l.size()));
                String line = l.get(at);
                String first = line.split("[;,]", 2)[0];
                l.set(at, line + (line.contains(";") ? ";" : ",") + first);
                return join(l);
              }),
          new Mutation("empty", (b, r) -> new byte[0]),
          new Mutation(
              "deep-nesting", (b, r) -> insertAtLine(b, r, "[".repeat(5_000) + "]".repeat(5_000))));

  private Mutations() {}

  /**
   * One to three mutations, chosen and applied from the seed; returns the bytes and the names
   * applied.
   */
  static Result mutate(byte[] original, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    byte[] bytes = original;
    List<String> names = new ArrayList<>();
    for (int i = 0, n = 1 + r.nextInt(3); i < n; i++) {
      Mutation m = ALL.get(r.nextInt(ALL.size()));
      bytes = m.apply().apply(bytes, r);
      names.add(m.name());
    }
    return new Result(bytes, String.join("+", names));
  }

  record Result(byte[] bytes, String description) {}

  private static byte[] insertAtLine(byte[] b, SplittableRandom r, String text) {
    List<String> l = new ArrayList<>(lines(b));
    int at = r.nextInt(l.size() + 1);
    if (at < l.size() && r.nextBoolean()) {
      String line = l.get(at);
      int pos = line.isEmpty() ? 0 : r.nextInt(line.length() + 1);
      l.set(at, line.substring(0, pos) + text + line.substring(pos));
    } else {
      l.add(at, text);
    }
    return join(l);
  }

  private static byte[] replaceToken(byte[] b, SplittableRandom r, String token) {
    String s = new String(b, StandardCharsets.UTF_8);
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("-?\\d+(?:[.,]\\d+)?").matcher(s);
    List<int[]> spans = new ArrayList<>();
    while (m.find()) {
      spans.add(new int[] {m.start(), m.end()});
    }
    if (spans.isEmpty()) {
      return (s + token).getBytes(StandardCharsets.UTF_8);
    }
    int[] span = spans.get(r.nextInt(spans.size()));
    return (s.substring(0, span[0]) + token + s.substring(span[1]))
        .getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> lines(byte[] b) {
    return List.of(new String(b, StandardCharsets.UTF_8).split("\n", -1));
  }

  private static byte[] join(List<String> lines) {
    return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
  }
}
