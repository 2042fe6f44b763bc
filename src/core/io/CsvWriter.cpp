#include "io/CsvWriter.h"

namespace jobdeck::io {
namespace {

bool startsDangerously(const QString& cell)
{
    if (cell.isEmpty())
        return false;
    static const QString risky = QStringLiteral("=+-@\t\r'");
    return risky.contains(cell.front());
}

} // namespace

QString CsvWriter::neutralised(const QString& cell)
{
    return startsDangerously(cell) ? QLatin1Char('\'') + cell : cell;
}

QString CsvWriter::restored(const QString& cell)
{
    return cell.startsWith(QLatin1Char('\'')) ? cell.mid(1) : cell;
}

QString CsvWriter::quoted(const QString& field)
{
    static const QString special = QStringLiteral(",\"\r\n;\t");
    bool needs = false;
    for (const QChar c : field) {
        if (special.contains(c)) {
            needs = true;
            break;
        }
    }
    if (!needs && !field.startsWith(QLatin1Char(' ')) && !field.endsWith(QLatin1Char(' ')))
        return field;
    QString escaped = field;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

QByteArray CsvWriter::write(const QList<QStringList>& rows)
{
    QString text;
    for (const QStringList& row : rows) {
        QStringList cells;
        cells.reserve(row.size());
        for (const QString& cell : row)
            cells.append(quoted(neutralised(cell)));
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace jobdeck::io
