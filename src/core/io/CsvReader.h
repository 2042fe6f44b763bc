#pragma once

#include "util/Result.h"

#include <optional>
#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace jobdeck::io {

// One CSV record and the 1-based line of the file it starts on (a quoted newline makes records span lines).
struct CsvRecord
{
    int line = 0;
    QStringList fields;
};

// A problem that makes the file unreadable from `line` on.
struct CsvError
{
    int line = 0;
    QString message;
};

struct CsvTable
{
    QList<CsvRecord> records; // the header is records.first()
    QString encoding;
    QChar delimiter = QLatin1Char(',');
    QStringList warnings;
    std::optional<CsvError> error; // the records before it were read
};

// RFC 4180 CSV: quoted fields with embedded delimiters, newlines and doubled quotes; CRLF, LF or CR line
// ends. The delimiter is the first of , ; or tab that the header line uses most (spreadsheets in many
// locales save ';'). Lenient where real files are sloppy (a stray quote inside an unquoted field is kept as
// text), strict where data would be lost (a quoted field still open at the end of the file is an error).
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    // Fails only when the bytes cannot be decoded as text; structure problems are in CsvTable::error.
    static Result<CsvTable> read(const QByteArray& bytes);
    static CsvTable parse(const QString& text);
    static QChar sniffDelimiter(const QString& text);
};

} // namespace jobdeck::io
