#pragma once

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace jobdeck::test {

// A JSON object of tests/data (`relativePath` below it). A fixture that cannot be read stops the test
// executable: every check after it would fail for that one reason.
inline QJsonObject readJsonFixture(const QString& relativePath)
{
    QFile file(QStringLiteral(JOBDECK_SOURCE_DIR "/tests/data/") + relativePath);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(file.fileName()));
    return QJsonDocument::fromJson(file.readAll()).object();
}

// The strings of a JSON array (anything else in it reads as an empty string).
inline QStringList jsonStrings(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& item : value.toArray())
        out.append(item.toString());
    return out;
}

} // namespace jobdeck::test
