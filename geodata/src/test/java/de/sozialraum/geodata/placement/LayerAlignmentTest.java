package de.sozialraum.geodata.placement;

import static org.assertj.core.api.Assertions.assertThat;

import de.sozialraum.geodata.crs.CrsResolver;
import de.sozialraum.geodata.crs.Reprojector;
import de.sozialraum.geodata.crs.ResolvedCrs;
import de.sozialraum.geodata.model.FeatureLayer;
import de.sozialraum.geodata.model.SourceFeature;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;

class LayerAlignmentTest {

  private static final GeometryFactory GF = new GeometryFactory();
  private static final ResolvedCrs UTM32 = decode("EPSG:25832");
  private static final ResolvedCrs UTM33 = decode("EPSG:25833");

  private static ResolvedCrs decode(String code) {
    try {
      return CrsResolver.decode(code);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A 3 × 3 grid of 1 km squares near Unna (about 7.7° E, 51.5° N) in ETRS89 / UTM 32N. */
  private static List<Geometry> districts() {
    List<Geometry> out = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double x = 410_000 + 1000 * i;
        double y = 5_710_000 + 1000 * j;
        out.add(
            GF.createPolygon(
                new Coordinate[] {
                  new Coordinate(x, y),
                  new Coordinate(x + 1000, y),
                  new Coordinate(x + 1000, y + 1000),
                  new Coordinate(x, y + 1000),
                  new Coordinate(x, y)
                }));
      }
    }
    return out;
  }

  /** Ten offers inside the grid, in UTM 32N coordinates. */
  private static List<Geometry> offers() {
    List<Geometry> out = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      out.add(GF.createPoint(new Coordinate(410_100 + 280 * i, 5_710_200 + 250 * i)));
    }
    return out;
  }

  private static FeatureLayer layer(String file, ResolvedCrs crs, List<Geometry> geometries) {
    List<SourceFeature> features = new ArrayList<>();
    for (int i = 0; i < geometries.size(); i++) {
      features.add(
          new SourceFeature(i + 1, Map.of("id", Integer.toString(i + 1)), geometries.get(i)));
    }
    return new FeatureLayer(Path.of(file), "geojson", crs, features, List.of("id"), false);
  }

  private static List<Geometry> to(ResolvedCrs from, ResolvedCrs to, List<Geometry> geometries)
      throws Exception {
    Reprojector p = new Reprojector(from, to);
    List<Geometry> out = new ArrayList<>();
    for (Geometry g : geometries) {
      out.add(p.apply(g));
    }
    return out;
  }

  @Test
  void layersThatLieInTheDistrictsPass() throws Exception {
    FeatureLayer d = layer("bezirke.geojson", UTM32, districts());
    List<String> problems =
        new LayerAlignment(UTM32, 0.2)
            .check(
                districts(),
                "geometry",
                () -> d,
                List.of(
                    new LayerAlignment.Layer("supply", layer("angebote.csv", UTM32, offers()))));
    assertThat(problems).isEmpty();
  }

  @Test
  void offersDeclaredInTheNeighbouringZoneAreNamedWithWhatTheyLookLike() throws Exception {
    FeatureLayer d = layer("bezirke.geojson", UTM32, districts());
    List<String> problems =
        new LayerAlignment(UTM32, 0.2)
            .check(
                districts(),
                "geometry",
                () -> d,
                List.of(
                    new LayerAlignment.Layer("supply", layer("angebote.csv", UTM33, offers()))));
    assertThat(problems)
        .singleElement()
        .asString()
        .contains(
            "angebote.csv (supply): 10 of its 10 features (100 %) lie outside every district when read as EPSG:25833")
        .contains("it looks like EPSG:25832; set supply.crs")
        // with one layer either side may be wrong: the districts read as 33N would hold the offers
        // too
        .contains("or the districts are wrong: read as EPSG:25833");
  }

  @Test
  void oneWrongDistrictDeclarationThatExplainsEveryMisfitNamesTheDistricts() throws Exception {
    // the districts' coordinates are UTM 32N, but declared 33N: read so, they lie 420 km east of
    // the offers and zones
    FeatureLayer declared33 = layer("bezirke.geojson", UTM33, districts());
    List<Geometry> inWorking = to(UTM33, UTM32, districts());
    List<Geometry> lonLatOffers = to(UTM32, decode("EPSG:4326"), offers());
    List<String> problems =
        new LayerAlignment(UTM32, 0.2)
            .check(
                inWorking,
                "geometry",
                () -> declared33,
                List.of(
                    new LayerAlignment.Layer(
                        "supply", layer("angebote.geojson", decode("EPSG:4326"), lonLatOffers)),
                    new LayerAlignment.Layer(
                        "tables[schulwechsel].zoning",
                        layer("zonen.geojson", UTM32, districts()))));
    assertThat(problems)
        .singleElement()
        .asString()
        .startsWith(
            "bezirke.geojson (geometry): the other layers do not lie where its districts are when they are read as EPSG:25833")
        .contains("angebote.geojson (supply): 10 of its 10 features")
        .contains("zonen.geojson (tables[schulwechsel].zoning): 9 of its 9")
        .contains("It looks like EPSG:25832")
        .contains("Set geometry.crs");
  }

  @Test
  void lonLatWithLatitudeFirstIsRecognised() throws Exception {
    FeatureLayer d = layer("bezirke.geojson", UTM32, districts());
    List<Geometry> latLon = new ArrayList<>();
    for (Geometry g : to(UTM32, decode("EPSG:4326"), offers())) {
      latLon.add(GF.createPoint(new Coordinate(g.getCoordinate().y, g.getCoordinate().x)));
    }
    List<String> problems =
        new LayerAlignment(UTM32, 0.2)
            .check(
                districts(),
                "geometry",
                () -> d,
                List.of(
                    new LayerAlignment.Layer(
                        "supply", layer("angebote.csv", decode("EPSG:4326"), latLon))));
    assertThat(problems)
        .singleElement()
        .asString()
        .contains("it looks like EPSG:4326 with latitude first");
  }

  @Test
  void aFewOffersOutsideStayBelowTheAllowedShare() throws Exception {
    FeatureLayer d = layer("bezirke.geojson", UTM32, districts());
    List<Geometry> some = new ArrayList<>(offers());
    some.set(0, GF.createPoint(new Coordinate(450_000, 5_750_000)));
    some.set(1, GF.createPoint(new Coordinate(450_000, 5_750_000)));
    LayerAlignment.Layer offers =
        new LayerAlignment.Layer("supply", layer("angebote.csv", UTM32, some));
    // 2 of 10 = 20 % outside: allowed at 0.2, refused at 0.1
    assertThat(
            new LayerAlignment(UTM32, 0.2).check(districts(), "geometry", () -> d, List.of(offers)))
        .isEmpty();
    assertThat(
            new LayerAlignment(UTM32, 0.1).check(districts(), "geometry", () -> d, List.of(offers)))
        .singleElement()
        .asString()
        .contains("2 of its 10 features (20 %)")
        .contains("check its crs");
  }
}
