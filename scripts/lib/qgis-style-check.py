"""Loads published GeoJSON layers with the run's QGIS styles in headless QGIS (Debian's python3-qgis) and prints,
as JSON, per style: the renderer, its categories (value, label, colour) and every feature whose QGIS symbol
colour or category label differs from the colour and label the run published for it, plus every feature whose value
lies outside the bounds its category's label states.

Usage: QT_QPA_PLATFORM=offscreen /usr/bin/python3 qgis-style-check.py RUN_DIR YEAR
"""
import json
import os
import re
import sys

from qgis.core import QgsApplication, QgsRenderContext, QgsVectorLayer

run, year = sys.argv[1], sys.argv[2]
QgsApplication.setPrefixPath("/usr", True)
app = QgsApplication([], False)
app.initQgis()

NUMBER = r"-?[\d.]+(?:,\d+)?"


def german(s):
    return float(s.replace(".", "").replace(",", "."))


def bounds(label):
    """(lower, upper] from 'bis X', 'über X bis Y', 'über X'; None where the label states no bounds."""
    m = re.fullmatch(r"(?:über (%s))?(?: ?bis (%s))?" % (NUMBER, NUMBER), label or "")
    if not m or (m.group(1) is None and m.group(2) is None):
        return None
    lo = german(m.group(1)) if m.group(1) else float("-inf")
    hi = german(m.group(2)) if m.group(2) else float("inf")
    return lo, hi


geojson = os.path.join(run, "geojson", "indices_%s.geojson" % year)
styles_dir = os.path.join(run, "styles")
result = {}
for name in sorted(os.listdir(styles_dir)):
    stem = name[:-4]
    if re.search(r"_\d{4}$", stem) and not stem.endswith("_" + year):
        continue
    layer = QgsVectorLayer(geojson, "indices", "ogr")
    if not layer.isValid():
        sys.exit("QGIS cannot open " + geojson)
    message, ok = layer.loadNamedStyle(os.path.join(styles_dir, name))
    renderer = layer.renderer()
    attr = renderer.classAttribute() if renderer.type() == "categorizedSymbol" else None
    cats = [(c.value(), c.label(), c.symbol().color().name()) for c in renderer.categories()] if attr else []
    value_column = attr[: -len("_class")] if attr and attr.endswith("_class") and re.search(r"_\d{4}$", stem) else None
    mismatches = []
    ctx = QgsRenderContext()
    renderer.startRender(ctx, layer.fields())
    features = 0
    for f in layer.getFeatures():
        features += 1
        symbol = renderer.symbolForFeature(f, ctx)
        colour = symbol.color().name() if symbol else None
        index = renderer.categoryIndexForValue(f[attr])
        label = renderer.categories()[index].label() if index >= 0 else None
        names = f.fields().names()
        if attr + "_colour" in names and colour != f[attr + "_colour"]:
            mismatches.append("%s: QGIS colour %s, published %s" % (f["district_id"], colour, f[attr + "_colour"]))
        published = f[attr + "_label"] if attr + "_label" in names else None
        if published not in (None, "") and str(published) != "NULL" and label != published:
            mismatches.append("%s: QGIS label %s, published %s" % (f["district_id"], label, published))
        if value_column and f[attr] is not None and str(f[attr]) != "NULL":
            b = bounds(label)
            v = f[value_column]
            if b and not (b[0] < round(v, 6) <= b[1] + 1e-9 or (b[0] == float("-inf") and v <= b[1])):
                decimals = len(label.split(",")[-1]) if "," in label else 0
                # labels are rounded to the class's decimals: a value may exceed a printed bound by half a unit of it
                slack = 0.5 * 10 ** -decimals
                if not (b[0] - slack < v <= b[1] + slack):
                    mismatches.append("%s: %s = %s outside '%s'" % (f["district_id"], value_column, v, label))
    renderer.stopRender(ctx)
    result[name] = {"loaded": ok, "message": message, "renderer": renderer.type(), "attribute": attr, "features": features,
                    "categories": [[str(v), l, c] for v, l, c in cats], "mismatches": mismatches}
print(json.dumps(result))
sys.stdout.flush()
# QGIS 3.22 crashes in exitQgis() while layers from the loop are still referenced by Python; the answer is out.
os._exit(0)
