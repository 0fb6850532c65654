package de.sozialraum.monitor.index;

import de.sozialraum.monitor.indicators.FrameYear;
import java.util.stream.IntStream;

/**
 * All district-years of the county frame, for presets fitted on more than one year: COI on its
 * reference year, PCA pooled over every year so that loadings do not drift from year to year.
 */
public final class PooledData {

  private final int[] years;
  private final FrameYear rows;

  /**
   * @param rows every district-year as one frame; {@code years} gives each row's year
   */
  public PooledData(int[] years, FrameYear rows) {
    this.years = years;
    this.rows = rows;
  }

  public FrameYear all() {
    return rows;
  }

  /** The rows of one year (none when the year has no data). */
  public FrameYear year(int year) {
    return rows.subset(
        IntStream.range(0, years.length).filter(i -> years[i] == year).toArray(), year);
  }
}
