#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>

#include <string>
#include <vector>

namespace jobdeck {

// Compact JSON written straight into bytes, exactly as QJsonDocument::Compact writes it (the same escapes,
// the same shortest doubles), for outputs too large to build as QJsonObjects first: `rank --top 0
// --explain` over 2,000 job descriptions spent more on its QJsonObjects than on explaining. Keys are
// written in the order given, so callers give them sorted, as a QJsonObject holds them.
class JsonWriter
{
public:
    JsonWriter();

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    void key(QLatin1StringView name);

    void value(const QString& text);
    void value(QLatin1StringView text);
    void value(double number);
    void value(const QJsonValue& any);
    void null();

    QByteArray bytes() const { return QByteArray(m_bytes.data(), qsizetype(m_bytes.size())); }

private:
    void separate();
    void string(const QString& text);
    void number(double number);

    // A std::string, not a QByteArray: its appends are inlined, and rank writes hundreds of thousands.
    std::string m_bytes;
    std::vector<bool> m_first; // per open container: nothing written in it yet
    bool m_afterKey = false;
};

} // namespace jobdeck
