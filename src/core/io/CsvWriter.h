#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace jobdeck::io {

// Writes CSV that spreadsheets open safely: UTF-8 with a BOM (so Excel reads accents), CRLF record ends,
// quotes where needed, and every cell a spreadsheet would run as a formula neutralised.
class CsvWriter
{
public:
    static QByteArray write(const QList<QStringList>& rows);
    static QString quoted(const QString& field);

    // A cell starting with = + - @ tab or CR becomes '<cell>, which a spreadsheet shows as text. A cell that
    // already starts with ' gets one more, so restored() can always strip exactly one and get the original.
    static QString neutralised(const QString& cell);
    static QString restored(const QString& cell);
};

} // namespace jobdeck::io
