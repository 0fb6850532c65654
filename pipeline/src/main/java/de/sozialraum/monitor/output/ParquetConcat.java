package de.sozialraum.monitor.output;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.schema.MessageType;

/**
 * Parquet files of one schema joined into one file by copying their row groups as they are, without
 * decoding a value: so the parts can be encoded by parallel tasks and still be published as the one
 * file that QGIS opens. The rows keep the order of the parts.
 */
final class ParquetConcat {

  private ParquetConcat() {}

  /**
   * @param parts in the order their rows are to appear; all of one schema
   * @param merged how the footer value of a key is combined with the same key's value of the next
   *     part (e.g. the extent in GeoParquet's {@code geo}); a key it is not given keeps the first
   *     part's value
   */
  static void write(List<Path> parts, Path target, Map<String, BinaryOperator<String>> merged)
      throws IOException {
    // Hadoop's local file system reads through a buffer; parquet's LocalInputFile reads the Thrift
    // of every column's indexes byte by byte from the file (30 s for 70 MB in 3 parts)
    Configuration conf = new Configuration();
    Map<String, String> footer = new LinkedHashMap<>();
    MessageType schema = null;
    for (Path part : parts) {
      ParquetMetadata meta;
      try (ParquetFileReader r = ParquetFileReader.open(input(part, conf))) {
        meta = r.getFooter();
      }
      MessageType s = meta.getFileMetaData().getSchema();
      if (schema == null) {
        schema = s;
        footer.putAll(meta.getFileMetaData().getKeyValueMetaData());
      } else if (!schema.equals(s)) {
        throw new IOException(part + " has another schema than " + parts.get(0));
      } else {
        for (Map.Entry<String, BinaryOperator<String>> m : merged.entrySet()) {
          String next = meta.getFileMetaData().getKeyValueMetaData().get(m.getKey());
          if (next != null) {
            footer.merge(m.getKey(), next, m.getValue());
          }
        }
      }
    }
    if (schema == null) {
      throw new IOException("no Parquet part to join into " + target);
    }
    ParquetFileWriter w =
        new ParquetFileWriter(
            new LocalOutputFile(target),
            schema,
            ParquetFileWriter.Mode.CREATE,
            ParquetWriter.DEFAULT_BLOCK_SIZE,
            // a local file has no blocks to align row groups to
            0);
    w.start();
    for (Path part : parts) {
      w.appendFile(input(part, conf));
    }
    w.end(footer);
  }

  private static InputFile input(Path part, Configuration conf) throws IOException {
    return HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(part.toUri()), conf);
  }
}
