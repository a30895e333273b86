#!/usr/bin/env python3
"""Writes an organisation import workbook (.xlsx) of N rows for bench/faults.sh.

Standard library only (an .xlsx is a zip of XML): inline strings, one sheet, the header row of
the import template, then N enterprises named "<prefix> <n>" so the bench can count them.
Usage: faults_workbook.py OUT.xlsx ROWS PREFIX
"""
import sys
import zipfile
from xml.sax.saxutils import escape

COLUMNS = ["Loại hình (type)", "Tên tổ chức (name)", "Tên viết tắt (shortName)", "Mã số thuế (taxCode)",
           "Số đăng ký KH&CN (registrationNumber)", "Lĩnh vực (fieldCodes)", "Tỉnh (province)",
           "Xã, phường (commune)", "Địa chỉ (streetAddress)", "Thư điện tử (email)", "Điện thoại (phone)",
           "Trang web (website)", "Giới thiệu (description)"]


def row(number, values):
    cells = "".join('<c r="%s%d" t="inlineStr"><is><t>%s</t></is></c>' % (chr(65 + i), number, escape(v))
                    for i, v in enumerate(values) if v)
    return '<row r="%d">%s</row>' % (number, cells)


def main(out, rows, prefix):
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml",
                   '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                   '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                   '<Default Extension="xml" ContentType="application/xml"/>'
                   '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                   '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                   '</Types>')
        z.writestr("_rels/.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                   '</Relationships>')
        z.writestr("xl/workbook.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                   'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                   '<sheets><sheet name="Tổ chức" sheetId="1" r:id="rId1"/></sheets></workbook>')
        z.writestr("xl/_rels/workbook.xml.rels",
                   '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                   '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
                   '</Relationships>')
        body = [row(1, COLUMNS)]
        for n in range(1, rows + 1):
            body.append(row(n + 1, ["ENTERPRISE", "%s %d" % (prefix, n), "", "", "", "", "Long An", "",
                                    "Số %d đường Bench" % n, "", "", "", ""]))
        z.writestr("xl/worksheets/sheet1.xml",
                   '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                   '<sheetData>' + "".join(body) + '</sheetData></worksheet>')


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), sys.argv[3])
