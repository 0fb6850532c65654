package de.sozialraum.monitor.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.metadata.BlockMetaData;
import org.apache.parquet.hadoop.metadata.ColumnChunkMetaData;
import org.apache.parquet.hadoop.metadata.ParquetMetadata;
import org.apache.parquet.hadoop.util.HadoopInputFile;
import org.apache.parquet.io.InputFile;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.SeekableInputStream;
import org.apache.parquet.schema.MessageType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Parquet files rearranged without decoding a value: parts of one schema joined into one file by
 * copying their row groups as they are, so the parts can be encoded by parallel tasks and still be
 * published as the one file that QGIS opens; and a file copied without some of its columns, column
 * chunk by column chunk, so one encoding serves two tables that differ only by those columns.
 */
final class ParquetConcat {

  /** Where Spark keeps a file's Spark schema, which it reads before the Parquet schema. */
  private static final String SPARK_SCHEMA = "org.apache.spark.sql.parquet.row.metadata";

  private ParquetConcat() {}

  /**
   * @param parts in the order their rows are to appear; all of one schema
   * @param added footer values set in the joined file; the others are the first part's
   * @return the rows written
   */
  static long write(List<Path> parts, Path target, Map<String, String> added) throws IOException {
    // Hadoop's local file system reads through a buffer; parquet's LocalInputFile reads the Thrift
    // of every column's indexes byte by byte from the file (30 s for 70 MB in 3 parts)
    Configuration conf = new Configuration();
    Map<String, String> footer = new LinkedHashMap<>();
    MessageType schema = null;
    long rows = 0;
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
      }
      rows += meta.getBlocks().stream().mapToLong(BlockMetaData::getRowCount).sum();
    }
    if (schema == null) {
      throw new IOException("no Parquet part to join into " + target);
    }
    ParquetFileWriter w = writer(target, schema);
    w.start();
    for (Path part : parts) {
      w.appendFile(input(part, conf));
    }
    footer.putAll(added);
    w.end(footer);
    return rows;
  }

  /**
   * A copy of a file without some of its top-level columns: the other column chunks, with their
   * dictionaries, statistics and page indexes, as they are; the Spark schema in the footer without
   * them too.
   *
   * @return the rows written
   */
  static long prune(Path part, Path target, Set<String> dropped) throws IOException {
    InputFile in = input(part, new Configuration());
    try (ParquetFileReader r = ParquetFileReader.open(in);
        SeekableInputStream bytes = in.newStream()) {
      ParquetMetadata meta = r.getFooter();
      MessageType schema = meta.getFileMetaData().getSchema();
      MessageType kept =
          new MessageType(
              schema.getName(),
              schema.getFields().stream().filter(f -> !dropped.contains(f.getName())).toList());
      Files.createDirectories(target.getParent());
      ParquetFileWriter w = writer(target, kept);
      w.start();
      long rows = 0;
      for (BlockMetaData block : meta.getBlocks()) {
        w.startBlock(block.getRowCount());
        for (ColumnChunkMetaData chunk : block.getColumns()) {
          String[] path = chunk.getPath().toArray();
          if (!dropped.contains(path[0])) {
            w.appendColumnChunk(
                kept.getColumnDescription(path),
                bytes,
                chunk,
                r.readBloomFilter(chunk),
                r.readColumnIndex(chunk),
                r.readOffsetIndex(chunk));
          }
        }
        w.endBlock();
        rows += block.getRowCount();
      }
      Map<String, String> footer =
          new LinkedHashMap<>(meta.getFileMetaData().getKeyValueMetaData());
      String spark = footer.get(SPARK_SCHEMA);
      if (spark != null) {
        StructType t = (StructType) DataType.fromJson(spark);
        footer.put(
            SPARK_SCHEMA,
            new StructType(
                    Arrays.stream(t.fields())
                        .filter(f -> !dropped.contains(f.name()))
                        .toArray(StructField[]::new))
                .json());
      }
      w.end(footer);
      return rows;
    }
  }

  private static ParquetFileWriter writer(Path target, MessageType schema) throws IOException {
    return new ParquetFileWriter(
        new LocalOutputFile(target),
        schema,
        ParquetFileWriter.Mode.CREATE,
        ParquetWriter.DEFAULT_BLOCK_SIZE,
        // a local file has no blocks to align row groups to
        0);
  }

  /** A local Parquet file as parquet-hadoop reads it. */
  static InputFile input(Path part, Configuration conf) throws IOException {
    return HadoopInputFile.fromPath(new org.apache.hadoop.fs.Path(part.toUri()), conf);
  }
}
