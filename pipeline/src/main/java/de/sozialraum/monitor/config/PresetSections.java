package de.sozialraum.monitor.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import de.sozialraum.monitor.util.Plugins;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The registered index methods' configuration sections, and the schema they complete: the base
 * schema leaves {@code index.presets} open and each method adds its own section to it.
 */
public final class PresetSections {

  /** In registration order (the order of the services file). */
  public static final Map<String, PresetSection> BY_NAME =
      Plugins.byName(PresetSection.class, PresetSection::name, "index presets");

  private PresetSections() {}

  /** The base schema with every registered method's section under {@code index.presets}. */
  static JsonNode complete(JsonNode base) {
    JsonNode schema = base.deepCopy();
    ObjectNode presets = (ObjectNode) schema.at("/properties/index/properties/presets/properties");
    ObjectNode method =
        (ObjectNode) schema.at("/properties/index/properties/life_phases/properties/method");
    var names = method.putArray("enum");
    ObjectMapper json = new ObjectMapper();
    for (PresetSection s : BY_NAME.values()) {
      try (InputStream in = s.schema()) {
        presets.set(s.name(), json.readTree(in));
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the schema of preset " + s.name(), e);
      }
      names.add(s.name());
    }
    return schema;
  }

  /** Binds each entry of {@code index.presets} into its method's settings record. */
  static final class Binding extends JsonDeserializer<Map<String, PresetSettings>> {
    @Override
    public Map<String, PresetSettings> deserialize(JsonParser p, DeserializationContext ctxt)
        throws IOException {
      JsonNode node = ctxt.readTree(p);
      Map<String, PresetSettings> out = new LinkedHashMap<>();
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        PresetSection section = BY_NAME.get(e.getKey());
        if (section == null) {
          return ctxt.reportInputMismatch(
              Map.class, "unknown index preset '%s'; known: %s", e.getKey(), BY_NAME.keySet());
        }
        out.put(e.getKey(), ctxt.readTreeAsValue(e.getValue(), section.settingsType()));
      }
      return Collections.unmodifiableMap(out);
    }
  }
}
