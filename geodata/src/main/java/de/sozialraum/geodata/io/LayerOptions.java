package de.sozialraum.geodata.io;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * What a user may state about a geometry source when the file does not say it itself.
 *
 * @param crs an authority code overriding what the file says (or standing in for a missing .prj)
 * @param encoding the attribute encoding (DBF without .cpg, CSV); null = the format's own rule
 * @param wktColumn for CSV sources: the column holding WKT
 * @param delimiter for CSV sources: the field delimiter
 */
public record LayerOptions(
    Optional<String> crs, Charset encoding, String wktColumn, char delimiter) {

  public static LayerOptions defaults() {
    return new LayerOptions(Optional.empty(), null, "wkt", ';');
  }

  public LayerOptions withCrs(String code) {
    return new LayerOptions(Optional.ofNullable(code), encoding, wktColumn, delimiter);
  }
}
