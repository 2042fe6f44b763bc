#include "io/CsvReader.h"

#include "io/TextDecoding.h"

#include <QCoreApplication>

namespace jobdeck::io {
namespace {

constexpr QChar kQuote = QLatin1Char('"');
constexpr QChar kCr = QLatin1Char('\r');
constexpr QChar kLf = QLatin1Char('\n');

} // namespace

QChar CsvReader::sniffDelimiter(const QString& text)
{
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == kQuote)
            quoted = !quoted;
        else if (!quoted && (c == kLf || c == kCr))
            break;
        else if (!quoted && c == QLatin1Char(','))
            ++commas;
        else if (!quoted && c == QLatin1Char(';'))
            ++semicolons;
        else if (!quoted && c == QLatin1Char('\t'))
            ++tabs;
    }
    if (semicolons > commas && semicolons >= tabs)
        return QLatin1Char(';');
    if (tabs > commas && tabs > semicolons)
        return QLatin1Char('\t');
    return QLatin1Char(',');
}

Result<CsvTable> CsvReader::read(const QByteArray& bytes)
{
    Result<DecodedText> decoded = decodeText(bytes);
    if (!decoded)
        return decoded.error();
    CsvTable table = parse(decoded->text);
    table.encoding = decoded->encoding;
    table.warnings = decoded->warnings + table.warnings;
    return table;
}

CsvTable CsvReader::parse(const QString& text)
{
    CsvTable table;
    table.delimiter = sniffDelimiter(text);
    const QChar delimiter = table.delimiter;

    int line = 1;
    CsvRecord record{1, {}};
    QString field;
    bool quoted = false;       // inside a quoted field
    int quoteLine = 0;         // where the open quote started, for the error
    bool fieldStarted = false; // the record has content, so a line end closes it
    const qsizetype size = text.size();

    const auto endField = [&] {
        record.fields.append(field);
        field.clear();
    };
    const auto endRecord = [&](int nextLine) {
        endField();
        table.records.append(std::move(record));
        record = CsvRecord{nextLine, {}};
        fieldStarted = false;
    };

    for (qsizetype i = 0; i < size; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == kQuote) {
                if (i + 1 < size && text.at(i + 1) == kQuote) {
                    field.append(kQuote);
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == kLf || (c == kCr && !(i + 1 < size && text.at(i + 1) == kLf)))
                    ++line;
                field.append(c);
            }
            continue;
        }
        if (c == kQuote && field.isEmpty()) {
            quoted = true;
            quoteLine = line;
            fieldStarted = true;
        } else if (c == delimiter) {
            endField();
            fieldStarted = true;
        } else if (c == kCr || c == kLf) {
            if (c == kCr && i + 1 < size && text.at(i + 1) == kLf)
                ++i;
            ++line;
            endRecord(line);
        } else {
            field.append(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        table.error = CsvError{quoteLine, tr("A quoted field opened on this line is never closed (a \" is "
                                             "missing), so the rest of the file cannot be read.")};
        return table;
    }
    if (fieldStarted || !field.isEmpty())
        endRecord(line + 1);
    return table;
}

} // namespace jobdeck::io
