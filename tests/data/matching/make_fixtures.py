#!/usr/bin/python3
"""Writes the small document fixtures tst_documenttext.cpp and tst_cli_match.cpp read: text, image-only,
encrypted and damaged PDFs, a .docx and damaged or encrypted look-alikes. Plain Python, no packages:
the PDFs are assembled object by object with a correct cross-reference table."""
import os
import zipfile

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "documents")


def pdf(objects, trailer_extra=b""):
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R %s>>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, trailer_extra, xref)
    return bytes(out)


def stream(content):
    return b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"


def page_objects(content):
    return [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        stream(content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]


TEXT = (b"BT /F1 12 Tf 72 720 Td (Jane Doe - Senior C++ Engineer) Tj 0 -16 Td "
        b"(Kubernetes, Docker and CI/CD pipelines on Linux.) Tj 0 -16 Td (Python 3 tooling.) Tj ET")

DOCUMENT_XML = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:body>
<w:p><w:r><w:t>Jane Doe</w:t></w:r><w:r><w:tab/><w:t xml:space="preserve">Senior C++ Engineer</w:t></w:r></w:p>
<w:p><w:r><w:t xml:space="preserve">Kubernetes, Docker and </w:t></w:r><w:r><w:t>CI/CD</w:t></w:r><w:r><w:br/><w:t>Zürich · naïve café</w:t></w:r></w:p>
<w:sectPr/>
</w:body>
</w:document>
"""

CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
</Types>
"""


def docx(path, document_xml):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("word/document.xml", document_xml)


def main():
    os.makedirs(HERE, exist_ok=True)
    write = lambda name, data: open(os.path.join(HERE, name), "wb").write(data)
    write("resume.pdf", pdf(page_objects(TEXT)))
    # A page that only paints a filled rectangle: what a scan without OCR looks like to a text extractor.
    write("image_only.pdf", pdf(page_objects(b"0 0 1 rg 72 600 200 100 re f")))
    # Standard security handler, revision 2, with a user password: readers must ask for it.
    encrypt = (b"<< /Filter /Standard /V 1 /R 2 /P -44 "
               b"/O <" + b"4a" * 32 + b"> /U <" + b"5b" * 32 + b"> >>")
    write("encrypted.pdf", pdf(page_objects(TEXT) + [encrypt],
                               b"/Encrypt 6 0 R /ID [<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>] "))
    write("corrupt.pdf", pdf(page_objects(TEXT))[:150])
    docx(os.path.join(HERE, "resume.docx"), DOCUMENT_XML)
    docx(os.path.join(HERE, "empty.docx"), DOCUMENT_XML.replace("Jane Doe", "").split("<w:body>")[0]
         + "<w:body><w:p/></w:body></w:document>")
    write("corrupt.docx", b"PK\x03\x04 this is not really a zip archive")
    # Word saves a password-protected .docx as an OLE compound file, whatever its name says.
    write("encrypted.docx", bytes.fromhex("d0cf11e0a1b11ae1") + b"\0" * 504)
    write("resume.md", "# Jane Doe\n\n- **C++**, CI/CD, Kubernetes\n- Zürich\n".encode("utf-8"))
    write("resume_utf16.txt", "\ufeffC# and .NET developer, Zürich".encode("utf-16-le"))
    write("blank.txt", b"  \n\t\n")


if __name__ == "__main__":
    main()
