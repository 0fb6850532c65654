"""Opens a run's QGIS project and GeoPackage in headless QGIS (Debian's python3-qgis) and prints, as JSON:

- "project": every layer of gis/monitoring.qgs in layer-tree order with its group, name, whether it is valid and
  visible, the file its source resolves to, renderer, class attribute, categories (value, label, colour), feature
  count, whether its categories equal those of the matching styles/*.qml, and every feature whose QGIS colour differs
  from the colour the run published for it;
- "geopackage": every table of gis/monitoring.gpkg opened on its own as QGIS opens a dragged-in layer (default
  style from layer_styles), with the renderer and class attribute it got, and the rows of layer_styles per table.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 qgis-project-check.py RUN_DIR
"""
import json
import os
import re
import sqlite3
import sys

from qgis.PyQt.QtXml import QDomDocument
from qgis.core import QgsApplication, QgsLayerTreeLayer, QgsProject, QgsRenderContext, QgsVectorLayer

run = sys.argv[1]
QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()

gis = os.path.join(run, "gis")
gpkg = os.path.join(gis, "monitoring.gpkg")
keep = []


def categories(renderer):
    if renderer is None or renderer.type() != "categorizedSymbol":
        return None, []
    return renderer.classAttribute(), [[str(c.value()), c.label(), c.symbol().color().name()]
                                       for c in renderer.categories()]


def qml_for(attr, table):
    """The styles/ file of a class attribute: one for every year, or that table's year's."""
    year = re.search(r"_(\d{4})$", table)
    for name in [attr + ".qml"] + ([attr + "_" + year.group(1) + ".qml"] if year else []):
        path = os.path.join(run, "styles", name)
        if os.path.exists(path):
            return path
    return None


def colour_mismatches(layer, attr):
    renderer = layer.renderer()
    ctx = QgsRenderContext()
    renderer.startRender(ctx, layer.fields())
    out, features = [], 0
    names = layer.fields().names()
    for f in layer.getFeatures():
        features += 1
        symbol = renderer.symbolForFeature(f, ctx)
        colour = symbol.color().name() if symbol else None
        if attr + "_colour" in names and colour != f[attr + "_colour"]:
            out.append("%s: QGIS colour %s, published %s" % (f["district_id"], colour, f[attr + "_colour"]))
    renderer.stopRender(ctx)
    return features, out


project = QgsProject.instance()
if not project.read(os.path.join(gis, "monitoring.qgs")):
    sys.exit("QGIS cannot read the project: " + project.error())
layers = []
for node in project.layerTreeRoot().findLayers():
    layer = node.layer()
    parent = node.parent()
    entry = {"group": parent.name() if parent is not None else None, "name": node.name(),
             "visible": node.isVisible(), "valid": layer is not None and layer.isValid()}
    if entry["valid"]:
        source = layer.source().split("|")[0]
        attr, cats = categories(layer.renderer())
        table = layer.source().split("layername=")[-1]
        entry.update({"source": os.path.realpath(source), "table": table, "crs": layer.crs().authid(),
                      "renderer": layer.renderer().type(), "attribute": attr, "categories": cats})
        qml = qml_for(attr, table) if attr else None
        if qml:
            twin = QgsVectorLayer(layer.source(), "twin", "ogr")
            keep.append(twin)
            # loadNamedStyle would prefer the GeoPackage's own default style to the file
            doc = QDomDocument()
            with open(qml, encoding="utf-8") as f:
                doc.setContent(f.read())
            twin.importNamedStyle(doc)
            entry["qml"] = os.path.basename(qml)
            entry["same_as_qml"] = categories(twin.renderer())[1] == cats
        if attr:
            entry["features"], entry["mismatches"] = colour_mismatches(layer, attr)
    layers.append(entry)

tables = {}
with sqlite3.connect(gpkg) as db:
    names = [r[0] for r in db.execute("select table_name from gpkg_contents order by table_name")]
    styles = dict(db.execute("select f_table_name, count(*) from layer_styles group by f_table_name").fetchall())
    defaults = dict(db.execute(
        "select f_table_name, count(*) from layer_styles where useAsDefault group by f_table_name").fetchall())
    kinds = dict(db.execute("select table_name, data_type from gpkg_contents").fetchall())
for name in names:
    layer = QgsVectorLayer(gpkg + "|layername=" + name, name, "ogr")
    keep.append(layer)
    attr, cats = categories(layer.renderer()) if layer.isValid() and layer.isSpatial() else (None, [])
    tables[name] = {"valid": layer.isValid(), "kind": kinds[name], "features": layer.featureCount(),
                    "attribute": attr, "categories": cats, "styles": styles.get(name, 0),
                    "default_styles": defaults.get(name, 0)}

print(json.dumps({"project": layers, "geopackage": tables}))
sys.stdout.flush()
# QGIS 3.22 crashes in exitQgis() while layers are still referenced by Python; the answer is out.
os._exit(0)
