// Fuzzes the CSV reader: any bytes must decode and parse without a crash, and a table that parsed
// must survive a write/read cycle with the same fields.
#include "io/CsvReader.h"
#include "io/CsvWriter.h"

#include <QCoreApplication>

#include <cstdlib>

using namespace jobdeck::io;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const jobdeck::Result<CsvTable> table = CsvReader::read(bytes);
    if (!table || table->error || table->delimiter != QLatin1Char(','))
        return 0;
    // Written back and read again, the records come out the same (CsvWriter guards formulas: undo that).
    QList<QStringList> rows;
    for (const CsvRecord& record : table->records)
        rows.append(record.fields);
    const jobdeck::Result<CsvTable> again = CsvReader::read(CsvWriter::write(rows));
    if (!again || again->records.size() != table->records.size())
        std::abort();
    for (qsizetype i = 0; i < rows.size(); ++i) {
        QStringList fields;
        for (const QString& cell : again->records.at(i).fields)
            fields.append(CsvWriter::restored(cell));
        if (fields != rows.at(i))
            std::abort();
    }
    return 0;
}
