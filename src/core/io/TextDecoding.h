#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace jobdeck::io {

// A file's bytes turned into text, with the encoding that was found and anything the user should know.
struct DecodedText
{
    QString text;
    QString encoding; // "UTF-8", "UTF-8 with BOM", "UTF-16LE", "UTF-16BE" or "Windows-1252"
    QStringList warnings;
};

// Reads UTF-8 (with or without BOM) and UTF-16 with a BOM. Bytes that are not valid UTF-8 are read as
// Windows-1252 with a warning, the encoding spreadsheet programs on Windows save "CSV" in; a file with
// NUL bytes and no UTF-16 BOM is refused as binary.
Result<DecodedText> decodeText(const QByteArray& bytes);

// Windows-1252 to text: Latin-1 plus the printable characters Microsoft put at 0x80-0x9F.
QString fromWindows1252(const QByteArray& bytes);

} // namespace jobdeck::io
