package de.sozialraum.monitor.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Map;

/**
 * The defaults of {@code config/schema.json} filled into a configuration, so that the schema is the
 * one place a default is written and the loader reads every setting as given. An absent property
 * takes its {@code default}; an absent section is made (and filled) only where the schema gives it
 * {@code "default": {}}, because for the others absence means "none" (no supply layer, no fixed
 * period).
 */
final class SchemaDefaults {

  private final JsonNode schema;

  SchemaDefaults(JsonNode schema) {
    this.schema = schema;
  }

  /** {@code config} with every default filled in, changed in place. */
  JsonNode fill(JsonNode config) {
    fill(schema, config);
    return config;
  }

  private void fill(JsonNode given, JsonNode value) {
    JsonNode s = resolved(given);
    if (value instanceof ObjectNode object) {
      JsonNode properties = s.path("properties");
      for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> p = it.next();
        // a default beside a $ref belongs to this property, one inside the referenced schema to
        // every use of it
        JsonNode ps = resolved(p.getValue());
        JsonNode def =
            p.getValue().has("default") ? p.getValue().get("default") : ps.get("default");
        if (!object.has(p.getKey()) && def != null) {
          object.set(p.getKey(), def.deepCopy());
        }
        if (object.has(p.getKey())) {
          fill(ps, object.get(p.getKey()));
        }
      }
      JsonNode additional = s.path("additionalProperties");
      if (additional.isObject()) {
        for (Iterator<Map.Entry<String, JsonNode>> it = object.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> e = it.next();
          if (!properties.has(e.getKey())) {
            fill(additional, e.getValue());
          }
        }
      }
    } else if (value instanceof ArrayNode array && s.has("items")) {
      array.forEach(item -> fill(s.get("items"), item));
    }
  }

  private JsonNode resolved(JsonNode s) {
    JsonNode r = s;
    while (r.has("$ref")) {
      r = schema.at(r.get("$ref").asText().substring(1));
    }
    return r;
  }
}
