package de.sozialraum.monitor;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * DuckDB, run through Node (scripts/lib/duckdb-query.cjs), as a Parquet reader and writer that
 * shares no code with Spark or parquet-mr. Tests skip with a message where
 * scripts/install-test-tools has not installed it.
 */
public final class DuckDb {

  private DuckDb() {}

  public static void assumeInstalled() {
    assumeTrue(
        Files.isDirectory(RepoPaths.of(".tools/duckdb/node_modules/@duckdb/node-api")),
        "skipped: DuckDB is not installed (scripts/install-test-tools installs it)");
  }

  /** Runs the statements and returns the last one's rows as a JSON array of objects. */
  public static JsonNode query(String sql) throws IOException, InterruptedException {
    assumeInstalled();
    Process p =
        new ProcessBuilder("node", RepoPaths.of("scripts/lib/duckdb-query.cjs").toString(), sql)
            .start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IOException("DuckDB failed on: " + sql + "\n" + err);
    }
    return new ObjectMapper().readTree(out);
  }

  /** A path as a DuckDB string literal. */
  public static String literal(Path p) {
    return "'" + p.toAbsolutePath().toString().replace("'", "''") + "'";
  }

  /**
   * Rows of two published runs' year-partitioned index tables that the other run lacks, order
   * ignored: {@code [only in a, only in b, rows in a]}.
   */
  public static int[] indexDifference(Path runA, Path runB)
      throws IOException, InterruptedException {
    String a = indices(runA);
    String b = indices(runB);
    JsonNode r =
        query(
                "select (select count(*) from (select * from "
                    + a
                    + " except all select * from "
                    + b
                    + "))::integer as a, "
                    + "(select count(*) from (select * from "
                    + b
                    + " except all select * from "
                    + a
                    + "))::integer as b, "
                    + "(select count(*) from "
                    + a
                    + ")::integer as n")
            .get(0);
    return new int[] {r.get("a").asInt(), r.get("b").asInt(), r.get("n").asInt()};
  }

  /**
   * For each column of the index tables (joined on district and year) that differs: in how many
   * rows.
   */
  public static java.util.Map<String, Integer> differingColumns(Path runA, Path runB)
      throws IOException, InterruptedException {
    java.util.List<String> columns = new java.util.ArrayList<>();
    query("select column_name from (describe select * from " + indices(runA) + ")")
        .forEach(c -> columns.add(c.get("column_name").asText()));
    columns.removeAll(java.util.List.of("district_id", "year"));
    StringBuilder sql = new StringBuilder("select ");
    for (int i = 0; i < columns.size(); i++) {
      String c = "\"" + columns.get(i).replace("\"", "\"\"") + "\"";
      sql.append(i == 0 ? "" : ", ")
          .append("sum(case when a.")
          .append(c)
          .append(" is distinct from b.")
          .append(c)
          .append(" then 1 else 0 end)::integer as ")
          .append(c);
    }
    sql.append(" from ")
        .append(indices(runA))
        .append(" a join ")
        .append(indices(runB))
        .append(" b using (district_id, year)");
    java.util.Map<String, Integer> out = new java.util.TreeMap<>();
    query(sql.toString())
        .get(0)
        .fields()
        .forEachRemaining(
            e -> {
              if (e.getValue().asInt() != 0) {
                out.put(e.getKey(), e.getValue().asInt());
              }
            });
    return out;
  }

  private static String indices(Path run) {
    return "read_parquet("
        + literal(run.resolve("indices").resolve("*").resolve("*.parquet"))
        + ", hive_partitioning = true)";
  }
}
