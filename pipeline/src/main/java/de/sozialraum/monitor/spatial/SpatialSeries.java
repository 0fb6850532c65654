package de.sozialraum.monitor.spatial;

import java.io.Serializable;

/**
 * One analysed variable in one year, prepared on the driver for the Spark tasks: the districts
 * taking part (layer positions, ascending), the prepared LISA and Gi* (null with fewer than four
 * districts), the permutation test and the analytical global Moran's I (null as well where no
 * district has a neighbour), and the seed of its streams. A class, not a record: Spark broadcasts
 * with Kryo, whose field serializer cannot build records.
 */
public final class SpatialSeries implements Serializable {

  private final int year;
  private final String variable;
  private final int[] members;
  private final long seed;
  private final LocalMoran.Prepared lisa;
  private final GetisOrd.Star star;
  private final GlobalMoran.Permutations permutations;
  // the driver writes the global table; tasks only count permutations (and Kryo cannot build the
  // Result record)
  private final transient GlobalMoran.Result moran;

  public SpatialSeries(
      int year,
      String variable,
      int[] members,
      long seed,
      LocalMoran.Prepared lisa,
      GetisOrd.Star star,
      GlobalMoran.Permutations permutations,
      GlobalMoran.Result moran) {
    this.year = year;
    this.variable = variable;
    this.members = members;
    this.seed = seed;
    this.lisa = lisa;
    this.star = star;
    this.permutations = permutations;
    this.moran = moran;
  }

  public int year() {
    return year;
  }

  public String variable() {
    return variable;
  }

  public int[] members() {
    return members;
  }

  public long seed() {
    return seed;
  }

  public LocalMoran.Prepared lisa() {
    return lisa;
  }

  public GetisOrd.Star star() {
    return star;
  }

  public GlobalMoran.Permutations permutations() {
    return permutations;
  }

  public GlobalMoran.Result moran() {
    return moran;
  }

  public boolean hasLocal() {
    return lisa != null;
  }

  public boolean hasGlobal() {
    return permutations != null;
  }
}
