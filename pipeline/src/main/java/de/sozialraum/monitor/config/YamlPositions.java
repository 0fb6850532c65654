package de.sozialraum.monitor.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each setting of a YAML file is written, by JSON pointer, so a problem found in the parsed
 * tree can name the line a planner has to edit. A key's own position is kept, not its value's: that
 * is where an editor's cursor goes.
 */
final class YamlPositions {

  /** 1-based, as editors count. */
  record Position(int line, int column) {
    @Override
    public String toString() {
      return "line " + line + ", column " + column;
    }
  }

  private static final YAMLFactory YAML = new YAMLFactory();

  private final Map<String, Position> byPointer;

  /** Every scalar by its pointer, to find which item of a list a problem quotes. */
  private final Map<String, String> values;

  private YamlPositions(Map<String, Position> byPointer, Map<String, String> values) {
    this.byPointer = byPointer;
    this.values = values;
  }

  /** The positions of a file that parsed as YAML; a file that does not has none. */
  static YamlPositions of(byte[] yaml) {
    Map<String, Position> at = new HashMap<>();
    Map<String, String> values = new HashMap<>();
    try (JsonParser p = YAML.createParser(yaml)) {
      for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
        if (t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
          JsonLocation l = p.currentTokenLocation();
          String pointer = p.getParsingContext().pathAsPointer().toString();
          at.putIfAbsent(pointer, new Position(l.getLineNr(), l.getColumnNr()));
          if (t.isScalarValue()) {
            values.put(pointer, p.getText());
          }
        }
      }
    } catch (IOException e) {
      // the tree was read from the same bytes; positions are a help, never a second failure
      return new YamlPositions(Map.of(), Map.of());
    }
    return new YamlPositions(at, values);
  }

  /**
   * The position of {@code pointer}, or of its nearest written ancestor (a missing key is reported
   * where its section is written); null when nothing of the path is in the file.
   */
  Position at(String pointer) {
    return at(pointer, null);
  }

  /**
   * As {@link #at(String)}, but a problem about one item of a section ("indicator 'x' is not
   * defined", said of a preset) is placed at the value {@code quoted} where the section writes it.
   */
  Position at(String pointer, String quoted) {
    if (quoted != null) {
      Position item =
          values.entrySet().stream()
              .filter(e -> e.getValue().equals(quoted) && e.getKey().startsWith(pointer + "/"))
              .map(e -> byPointer.get(e.getKey()))
              .min(
                  java.util.Comparator.comparingInt(Position::line)
                      .thenComparingInt(Position::column))
              .orElse(null);
      if (item != null) {
        return item;
      }
    }
    for (String p = pointer; ; p = p.substring(0, p.lastIndexOf('/'))) {
      Position found = byPointer.get(p);
      if (found != null || p.isEmpty()) {
        return found;
      }
    }
  }
}
