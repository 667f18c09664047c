"""Minimal text-layer PDF writer (standard library only).

Used for the 'scanned' documents in blind-y: the text is laid out as a fax/scan
would be after OCR, including the OCR slips that real scanned records carry.
Helvetica / Courier, WinAnsi encoding, uncompressed content streams.
"""


def _esc(s):
    s = s.encode("latin-1", "replace").decode("latin-1")
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(pages, font="Courier", size=9.5, leading=12.0, title=None):
    """pages: list of pages, each a list of text lines. Returns PDF bytes."""
    objs = []  # 1-based object bodies (bytes)

    def add(body):
        objs.append(body)
        return len(objs)

    catalog_id = add(b"")  # placeholder
    pages_id = add(b"")  # placeholder
    font_id = add(("<< /Type /Font /Subtype /Type1 /BaseFont /%s /Encoding /WinAnsiEncoding >>" % font).encode())
    page_ids = []
    for lines in pages:
        y = 760.0
        parts = ["BT", "/F1 %.1f Tf" % size, "%.1f TL" % leading, "40 %.1f Td" % y]
        for ln in lines:
            parts.append("(%s) Tj T*" % _esc(ln))
        parts.append("ET")
        stream = "\n".join(parts).encode("latin-1")
        content_id = add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        page_id = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] "
                       "/Resources << /Font << /F1 %d 0 R >> >> /Contents %d 0 R >>"
                       % (pages_id, font_id, content_id)).encode())
        page_ids.append(page_id)
    objs[catalog_id - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pages_id).encode()
    objs[pages_id - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>"
                          % (" ".join("%d 0 R" % p for p in page_ids), len(page_ids))).encode()
    info_id = None
    if title:
        info_id = add(("<< /Title (%s) /Producer (scan-ocr export) >>" % _esc(title)).encode("latin-1"))

    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    trailer = "<< /Size %d /Root %d 0 R" % (len(objs) + 1, catalog_id)
    if info_id:
        trailer += " /Info %d 0 R" % info_id
    trailer += " >>"
    out += b"trailer\n" + trailer.encode() + b"\nstartxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def paginate(text, per_page=56):
    lines = text.split("\n")
    return [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[""]]


def extract_text(pdf_bytes):
    """Very small extractor for the PDFs written above (used by validate.py)."""
    import re
    out = []
    for m in re.finditer(rb"stream\n(.*?)\nendstream", pdf_bytes, re.S):
        for t in re.finditer(rb"\((.*?)(?<!\\)\) Tj", m.group(1), re.S):
            s = t.group(1).replace(b"\\(", b"(").replace(b"\\)", b")").replace(b"\\\\", b"\\")
            out.append(s.decode("latin-1"))
    return "\n".join(out)
