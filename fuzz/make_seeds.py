#!/usr/bin/env python3
"""Writes the fuzz seed corpora (fuzz/seeds/<target>/) from the shipped and test files:
examples/, every pack case in policies/*/cases/ (its replacements applied), tests/data/, and
policies/*/policy.yaml. Run from anywhere; the output is committed, rerun when those files change."""
import io, pathlib, re, shutil, zipfile, xml.sax.saxutils as sx
import yaml

FUZZ = pathlib.Path(__file__).resolve().parent
ROOT = FUZZ.parent
OUT = FUZZ / "seeds"
RHAI_SEP = "\n#=== fuzz.rhai\n"
PART_SEP = "\n#=== part\n"


def put(target, name, data):
    d = OUT / target
    d.mkdir(parents=True, exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def projects():
    ex = sorted((ROOT / "examples").glob("*.yaml"))
    for p in ex:
        yield p.stem, p.read_text()
    for case in sorted((ROOT / "policies").glob("*/cases/*.yaml")):
        c = yaml.safe_load(case.read_text())
        text = (case.parent / c["project"]).resolve().read_text()
        for r in c.get("replace") or []:
            text = text.replace(r["from"], r["to"], 1)
        yield f"{case.parent.parent.name}-{case.stem}", text
    yield "minimal", "format: 1\nheader:\n  name: 项目\n  year: 2020\nfunds: {}\n"


def policies():
    for p in sorted((ROOT / "policies").glob("*/policy.yaml")):
        text = p.read_text()
        yield p.parent.name, text + RHAI_SEP
        # The same pack with one rule moved into its own script.
        own = text.replace("rule: capped_ratio", "rule: fuzz_ratio", 1)
        own = own.replace("\ntree:", "\nscripts: [fuzz.rhai]\ntree:", 1)
        lib = (ROOT / "rules/ratio.rhai").read_text().replace("fn capped_ratio", "fn fuzz_ratio")
        yield p.parent.name + "-script", own + RHAI_SEP + lib
    extra = """
fn fuzz_ratio(item, input) {
    let n = input.numerator; let d = input.denominator;
    let parts = [];
    for i in 0..3 { parts.push(`${i}:${fixed(n / d, 2)}`); }
    if n < d { deduct((item.weight - item.weight * n / d) / 3, parts[0]); note(param("x")); }
    let s = "" + dec("1.5") * 2; if s.len() > 100 { fail("太长"); }
}
"""
    mini = """id: mini
title: 取舍演示
year: 2020
total: 5
rounding: { places: 2, mode: 四舍五入 }
grades:
  - { grade: 合格, min: 3 }
  - { grade: 不合格, min: 0 }
scripts: [fuzz.rhai]
parameters: { x: 说明 }
tree:
  - name: 演示
    children:
      - name: 三次扣分
        weight: 5
        rule: fuzz_ratio
        inputs: { numerator: funds.allocated, denominator: funds.budget }
"""
    yield "mini", mini + RHAI_SEP + extra


def col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts count="3"><numFmt numFmtId="164" formatCode="0.00"/><numFmt numFmtId="165" formatCode="0.00%"/><numFmt numFmtId="166" formatCode="yyyy-mm-dd"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/><xf numFmtId="165" applyNumberFormat="1"/><xf numFmtId="166" applyNumberFormat="1"/></cellXfs></styleSheet>"""


def sheet_parts(tsv):
    """sheet1.xml (shared strings, numbers with 0.00 / 0.00% formats), sharedStrings.xml, styles.xml."""
    strings, index, rows = [], {}, []
    for r, line in enumerate(tsv.split("\n")):
        cells = []
        for c, v in enumerate(line.split("\t")):
            v = v.strip()
            if not v:
                continue
            ref = f"{col(c)}{r + 1}"
            num = re.fullmatch(r"-?\d+(\.\d+)?", v) and not (v.startswith("0") and v != "0" and not v.startswith("0.")) and len(v) <= 10
            pct = re.fullmatch(r"-?\d+(\.\d+)?%", v)
            if num:
                cells.append(f'<c r="{ref}" s="1"><v>{v}</v></c>')
            elif pct:
                cells.append(f'<c r="{ref}" s="2"><v>{float(v[:-1]) / 100!r}</v></c>')
            else:
                if v not in index:
                    index[v] = len(strings)
                    strings.append(v)
                cells.append(f'<c r="{ref}" t="s"><v>{index[v]}</v></c>')
        if cells:
            rows.append(f'<row r="{r + 1}">' + "".join(cells) + "</row>")
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
             '<sheetData>' + "".join(rows) + '</sheetData><mergeCells count="1"><mergeCell ref="C5:F5"/></mergeCells></worksheet>')
    sst = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
           + "".join(f"<si><t>{sx.escape(s)}</t></si>" for s in strings) + "</sst>")
    return sheet, sst, STYLES


SKELETON = {
    "[Content_Types].xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""",
    "_rels/.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>""",
    "xl/workbook.xml": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="自评表" sheetId="1" r:id="rId1"/></sheets></workbook>""",
    "xl/_rels/workbook.xml.rels": """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>""",
}


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    for name, text in projects():
        put("project_load", name + ".yaml", text)
        put("evaluate", name + ".yaml", text)
    for name, text in policies():
        put("policy_load", name + ".txt", text)
    for p in sorted((ROOT / "tests/data").glob("*.txt")):
        tsv = p.read_text()
        put("import_text", p.name, tsv)
        sheet, sst, styles = sheet_parts(tsv)
        put("import_xlsx", p.stem + ".parts", PART_SEP.join([sheet, sst, styles]))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            for k, v in SKELETON.items():
                z.writestr(k, v)
            z.writestr("xl/worksheets/sheet1.xml", sheet)
            z.writestr("xl/sharedStrings.xml", sst)
            z.writestr("xl/styles.xml", styles)
        put("import_xlsx", p.stem + ".xlsx", buf.getvalue())


main()
