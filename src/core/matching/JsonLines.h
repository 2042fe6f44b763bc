#pragma once

#include <QCoreApplication>
#include "util/Result.h"

#include <QJsonValue>
#include <QList>
#include <QString>

namespace jobdeck {

// One line of a `rank --jds` file: {"id": string or number, "text": string}.
struct IdentifiedText
{
    QJsonValue id;
    QString text;
};

// Reads JSON lines of {"id","text"} objects. Flat objects take a fast path (a 10,000-line file is read
// in a few tens of milliseconds); anything else goes through QJsonDocument. Blank lines are skipped; a
// bad line fails with its number.
class JsonLines
{
    Q_DECLARE_TR_FUNCTIONS(jobdeck::JsonLines)

public:
    static Result<QList<IdentifiedText>> read(const QString& path);
    static Result<QList<IdentifiedText>> parse(const QByteArray& bytes, const QString& name);
};

} // namespace jobdeck
