package de.sozialraum.tools.samples;

import org.locationtech.jts.geom.Polygon;

/**
 * One synthetic social space with the latent quantities its indicator counts are drawn from.
 *
 * @param deprivation latent disadvantage in 2016, 0 (affluent) … 1 (most deprived), spatially
 *     clustered
 * @param trend change of {@link #deprivation} per year
 * @param population residents in 2016
 */
record SampleDistrict(
    String id,
    String name,
    SampleTown town,
    Polygon polygon,
    double deprivation,
    double trend,
    int population) {

  double deprivationIn(int year) {
    return Math.max(
        0, Math.min(1, deprivation + trend * (year - SampleCountyGenerator.FIRST_YEAR)));
  }
}
