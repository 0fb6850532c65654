-- The peer of `scripts/bench scale`: the shared core of the pipeline's work on a GridCounty, as a short DuckDB
-- script, so that the benchmark can say how the product compares with a columnar engine doing the same subset.
-- It reads the three tables, checks ranges, whole counts, known cells and duplicate records, computes the 12
-- indicators and their 2-year changes, validity (minimum population 300), per year the MSS status and dynamic
-- index (z-values of the z-value sums, population SD) with their classes, rank-based quintiles of every
-- indicator, primary suppression (numerators 1-2, denominators 1-9) and writes one Parquet file.
-- It leaves out what only the product does: four more presets, life phases, secondary suppression, spatial
-- statistics, geometry, styles, the quality files and the report.
-- {dir} is the grid's directory, {out} the Parquet file to write; scripts/bench fills both in.
SET threads = 2;
CREATE TABLE cells AS SELECT zelle FROM read_csv('{dir}/zellen.csv', delim = ';', header = true);
CREATE TABLE ew AS SELECT * FROM read_csv('{dir}/einwohner.csv', delim = ';', header = true,
  columns = {'jahr': 'INTEGER', 'zelle': 'VARCHAR', 'ew_gesamt': 'DOUBLE', 'ew_u15': 'DOUBLE', 'ew_15_24': 'DOUBLE',
             'ew_25_64': 'DOUBLE'});
CREATE TABLE so AS SELECT * FROM read_csv('{dir}/sozial.csv', delim = ';', header = true,
  columns = {'jahr': 'INTEGER', 'zelle': 'VARCHAR', 'elb': 'DOUBLE', 'nef_u15': 'DOUBLE', 'arbeitslose': 'DOUBLE',
             'arbeitslose_u25': 'DOUBLE', 'arbeitslose_25plus': 'DOUBLE', 'sgb2_quote': 'DOUBLE'});
CREATE TABLE fb AS SELECT * FROM read_csv('{dir}/familie_bildung.csv', delim = ';', header = true,
  columns = {'jahr': 'INTEGER', 'zelle': 'VARCHAR', 'hh_kinder': 'DOUBLE', 'hh_alleinerziehend': 'DOUBLE',
             'seu_untersucht': 'DOUBLE', 'seu_sprache': 'DOUBLE', 'seu_motorik': 'DOUBLE',
             'seu_uebergewicht': 'DOUBLE', 'seu_u_fehlt': 'DOUBLE', 'uebergaenge': 'DOUBLE',
             'uebergaenge_gymnasium': 'DOUBLE'});
-- a count must be whole and non-negative, a rate within 0-100, the cell known; a key delivered twice is rejected
CREATE MACRO count_ok(x) AS x IS NULL OR (x >= 0 AND x = round(x));
CREATE TABLE ew_ok AS SELECT e.* FROM ew e SEMI JOIN cells c ON e.zelle = c.zelle
  WHERE count_ok(ew_gesamt) AND count_ok(ew_u15) AND count_ok(ew_15_24) AND count_ok(ew_25_64)
  QUALIFY count(*) OVER (PARTITION BY e.zelle, jahr) = 1;
CREATE TABLE so_ok AS SELECT s.* FROM so s SEMI JOIN cells c ON s.zelle = c.zelle
  WHERE count_ok(elb) AND count_ok(nef_u15) AND count_ok(arbeitslose) AND count_ok(arbeitslose_u25)
    AND count_ok(arbeitslose_25plus) AND (sgb2_quote IS NULL OR sgb2_quote BETWEEN 0 AND 100)
  QUALIFY count(*) OVER (PARTITION BY s.zelle, jahr) = 1;
CREATE TABLE fb_ok AS SELECT f.* FROM fb f SEMI JOIN cells c ON f.zelle = c.zelle
  WHERE count_ok(hh_kinder) AND count_ok(hh_alleinerziehend) AND count_ok(seu_untersucht)
    AND count_ok(seu_sprache) AND count_ok(seu_motorik) AND count_ok(seu_uebergewicht) AND count_ok(seu_u_fehlt)
    AND count_ok(uebergaenge) AND count_ok(uebergaenge_gymnasium)
  QUALIFY count(*) OVER (PARTITION BY f.zelle, jahr) = 1;
CREATE MACRO rate(n, d) AS CASE WHEN d > 0 AND n <= d THEN 100 * n / d END;
CREATE TABLE ind AS
SELECT zelle, jahr, ew_gesamt,
  rate(nef_u15, ew_u15) AS kinderarmut, nef_u15 AS kinderarmut_n, ew_u15 AS kinderarmut_d,
  rate(elb, ew_15_24 + ew_25_64) AS sgb2_elb_quote, elb AS sgb2_elb_quote_n, ew_15_24 + ew_25_64 AS sgb2_elb_quote_d,
  rate(arbeitslose, ew_15_24 + ew_25_64) AS arbeitslosigkeit, arbeitslose AS arbeitslosigkeit_n,
    ew_15_24 + ew_25_64 AS arbeitslosigkeit_d,
  rate(arbeitslose_u25, ew_15_24) AS jugendarbeitslosigkeit, arbeitslose_u25 AS jugendarbeitslosigkeit_n,
    ew_15_24 AS jugendarbeitslosigkeit_d,
  rate(arbeitslose_25plus, ew_25_64) AS arbeitslosigkeit_25plus, arbeitslose_25plus AS arbeitslosigkeit_25plus_n,
    ew_25_64 AS arbeitslosigkeit_25plus_d,
  rate(hh_alleinerziehend, hh_kinder) AS alleinerziehende, hh_alleinerziehend AS alleinerziehende_n,
    hh_kinder AS alleinerziehende_d,
  rate(seu_sprache, seu_untersucht) AS sprachauffaelligkeit, seu_sprache AS sprachauffaelligkeit_n,
    seu_untersucht AS sprachauffaelligkeit_d,
  rate(seu_motorik, seu_untersucht) AS motorik, seu_motorik AS motorik_n, seu_untersucht AS motorik_d,
  rate(seu_uebergewicht, seu_untersucht) AS uebergewicht, seu_uebergewicht AS uebergewicht_n,
    seu_untersucht AS uebergewicht_d,
  rate(seu_u_fehlt, seu_untersucht) AS u_untersuchung_fehlt, seu_u_fehlt AS u_untersuchung_fehlt_n,
    seu_untersucht AS u_untersuchung_fehlt_d,
  rate(uebergaenge_gymnasium, uebergaenge) AS gymnasialuebergang, uebergaenge_gymnasium AS gymnasialuebergang_n,
    uebergaenge AS gymnasialuebergang_d,
  sgb2_quote AS sgb2_quote_ba,
  coalesce(ew_gesamt, 0) >= 300 AS valid
FROM ew_ok FULL JOIN so_ok USING (zelle, jahr) FULL JOIN fb_ok USING (zelle, jahr);
-- changes over two years, the MSS's dynamic indicators among them
CREATE TABLE dyn AS
SELECT a.*, a.kinderarmut - b.kinderarmut AS kinderarmut_change, a.sgb2_elb_quote - b.sgb2_elb_quote AS sgb2_elb_quote_change,
  a.arbeitslosigkeit - b.arbeitslosigkeit AS arbeitslosigkeit_change,
  a.alleinerziehende - b.alleinerziehende AS alleinerziehende_change
FROM ind a LEFT JOIN ind b ON a.zelle = b.zelle AND b.jahr = a.jahr - 2;
CREATE MACRO z(x, ok) AS (CASE WHEN ok THEN x END - avg(CASE WHEN ok THEN x END) OVER (PARTITION BY jahr))
  / nullif(stddev_pop(CASE WHEN ok THEN x END) OVER (PARTITION BY jahr), 0);
CREATE TABLE mss_sum AS
SELECT *,
  z(kinderarmut, s_ok) + z(sgb2_elb_quote, s_ok) + z(arbeitslosigkeit, s_ok) + z(alleinerziehende, s_ok) AS s_sum,
  z(kinderarmut_change, d_ok) + z(sgb2_elb_quote_change, d_ok) + z(arbeitslosigkeit_change, d_ok)
    + z(alleinerziehende_change, d_ok) AS d_sum
FROM (SELECT *,
  valid AND kinderarmut IS NOT NULL AND sgb2_elb_quote IS NOT NULL AND arbeitslosigkeit IS NOT NULL
    AND alleinerziehende IS NOT NULL AS s_ok,
  valid AND kinderarmut_change IS NOT NULL AND sgb2_elb_quote_change IS NOT NULL
    AND arbeitslosigkeit_change IS NOT NULL AND alleinerziehende_change IS NOT NULL AS d_ok
  FROM dyn);
CREATE TABLE mss AS
SELECT *, CASE WHEN mss_status_index < -1 THEN 1 WHEN mss_status_index <= 1 THEN 2
               WHEN mss_status_index <= 1.5 THEN 3 WHEN mss_status_index > 1.5 THEN 4 END AS mss_status_class,
          CASE WHEN mss_dynamic_index < -1 THEN 1 WHEN mss_dynamic_index <= 1 THEN 3
               WHEN mss_dynamic_index > 1 THEN 5 END AS mss_dynamic_class
FROM (SELECT *, z(s_sum, s_ok) AS mss_status_index, z(d_sum, d_ok) AS mss_dynamic_index FROM mss_sum);
-- rank-based quintiles of the valid districts' values: floor((rank - 1) * 5 / n) + 1, ties sharing a rank
CREATE MACRO q5(x) AS CASE WHEN valid AND x IS NOT NULL THEN
  floor((rank() OVER (PARTITION BY jahr, valid AND x IS NOT NULL ORDER BY x) - 1) * 5
        / count(x) FILTER (WHERE valid) OVER (PARTITION BY jahr)) + 1 END;
-- primary suppression: a numerator of 1 or 2, or a denominator of 1 to 9, withholds the rate and its class
CREATE MACRO shown(x, n, d) AS CASE WHEN (n > 0 AND n < 3) OR (d > 0 AND d < 10) THEN NULL ELSE x END;
COPY (
  SELECT zelle, jahr, ew_gesamt, valid, mss_status_index, mss_status_class, mss_dynamic_index, mss_dynamic_class,
    shown(kinderarmut, kinderarmut_n, kinderarmut_d) AS kinderarmut,
    shown(q5(kinderarmut), kinderarmut_n, kinderarmut_d) AS kinderarmut_class,
    shown(sgb2_elb_quote, sgb2_elb_quote_n, sgb2_elb_quote_d) AS sgb2_elb_quote,
    shown(q5(sgb2_elb_quote), sgb2_elb_quote_n, sgb2_elb_quote_d) AS sgb2_elb_quote_class,
    shown(arbeitslosigkeit, arbeitslosigkeit_n, arbeitslosigkeit_d) AS arbeitslosigkeit,
    shown(q5(arbeitslosigkeit), arbeitslosigkeit_n, arbeitslosigkeit_d) AS arbeitslosigkeit_class,
    shown(jugendarbeitslosigkeit, jugendarbeitslosigkeit_n, jugendarbeitslosigkeit_d) AS jugendarbeitslosigkeit,
    shown(q5(jugendarbeitslosigkeit), jugendarbeitslosigkeit_n, jugendarbeitslosigkeit_d)
      AS jugendarbeitslosigkeit_class,
    shown(arbeitslosigkeit_25plus, arbeitslosigkeit_25plus_n, arbeitslosigkeit_25plus_d) AS arbeitslosigkeit_25plus,
    shown(q5(arbeitslosigkeit_25plus), arbeitslosigkeit_25plus_n, arbeitslosigkeit_25plus_d)
      AS arbeitslosigkeit_25plus_class,
    shown(alleinerziehende, alleinerziehende_n, alleinerziehende_d) AS alleinerziehende,
    shown(q5(alleinerziehende), alleinerziehende_n, alleinerziehende_d) AS alleinerziehende_class,
    shown(sprachauffaelligkeit, sprachauffaelligkeit_n, sprachauffaelligkeit_d) AS sprachauffaelligkeit,
    shown(q5(sprachauffaelligkeit), sprachauffaelligkeit_n, sprachauffaelligkeit_d) AS sprachauffaelligkeit_class,
    shown(motorik, motorik_n, motorik_d) AS motorik,
    shown(q5(motorik), motorik_n, motorik_d) AS motorik_class,
    shown(uebergewicht, uebergewicht_n, uebergewicht_d) AS uebergewicht,
    shown(q5(uebergewicht), uebergewicht_n, uebergewicht_d) AS uebergewicht_class,
    shown(u_untersuchung_fehlt, u_untersuchung_fehlt_n, u_untersuchung_fehlt_d) AS u_untersuchung_fehlt,
    shown(q5(u_untersuchung_fehlt), u_untersuchung_fehlt_n, u_untersuchung_fehlt_d) AS u_untersuchung_fehlt_class,
    shown(gymnasialuebergang, gymnasialuebergang_n, gymnasialuebergang_d) AS gymnasialuebergang,
    shown(q5(gymnasialuebergang), gymnasialuebergang_n, gymnasialuebergang_d) AS gymnasialuebergang_class,
    sgb2_quote_ba, q5(sgb2_quote_ba) AS sgb2_quote_ba_class
  FROM mss ORDER BY jahr, zelle
) TO '{out}' (FORMAT parquet);
SELECT count(*) AS rows FROM read_parquet('{out}');
