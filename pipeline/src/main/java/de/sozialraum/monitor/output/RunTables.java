package de.sozialraum.monitor.output;

import de.sozialraum.geodata.model.DistrictLayer;
import de.sozialraum.monitor.config.MonitorConfig;
import de.sozialraum.monitor.neighbours.DistrictNeighbours;
import de.sozialraum.monitor.schema.DeclaredColumns;
import de.sozialraum.monitor.supply.Supply;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What the run publishes as tables and layers, after disclosure control: the index table, the
 * municipality and county rows, the targets, Moran's I, the offers and the neighbours, with the
 * districts and their geometries.
 *
 * @param indices range-partitioned by year and district and sorted within each partition, so that
 *     reading its partitions in turn gives the rows in that order; Spark knows the order ({@link
 *     de.sozialraum.monitor.spark.OrderedCheckpoint}), so a writer's sort within partitions costs
 *     nothing
 * @param geometries the districts' geometries as WKB in the working CRS, with their envelopes
 *     ({@code Geography#geometries})
 * @param indexColumns every column of the index table as its step declared it: what the dictionary,
 *     the workbook's headers and number formats are derived from
 * @param aggregateColumns the columns of the aggregates beyond the districts'
 */
public record RunTables(
    MonitorConfig config,
    DistrictLayer layer,
    Dataset<Row> indices,
    Dataset<Row> aggregates,
    Dataset<Row> targets,
    Dataset<Row> moran,
    Supply supply,
    DistrictNeighbours neighbours,
    Dataset<Row> geometries,
    DeclaredColumns indexColumns,
    DeclaredColumns aggregateColumns) {

  /** Whether the districts have boundaries; without, layers and maps are left out. */
  public boolean hasGeometry() {
    return layer.hasGeometry();
  }

  /** Why {@code what} is not written in a run without geometry, for the manifest's notes. */
  public static String withoutGeometry(String what) {
    return what
        + " not written: the districts have no geometry (they come from a district list or from"
        + " the tables' ids)";
  }
}
