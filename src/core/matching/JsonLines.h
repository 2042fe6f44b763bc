#pragma once

#include <QCoreApplication>
#include "matching/DocumentSource.h"
#include "util/Result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <memory>
#include <vector>

namespace jobdeck {

// A `rank --jds` file: JSON lines of {"id": string or number, "text": string}. Every line is checked
// when the file is opened, so a bad one fails with its number before any work starts; a text is decoded
// only when read() asks for it, so a 10,000-ad file is never held as 10,000 QStrings. Flat objects are
// checked by a fast scanner; anything else goes through QJsonDocument. Blank lines are skipped.
class JsonLines final : public DocumentSource
{
    Q_DECLARE_TR_FUNCTIONS(jobdeck::JsonLines)

public:
    // Maps the file (or reads it, when it cannot be mapped) and checks it.
    static Result<JsonLines> open(const QString& path);
    static Result<JsonLines> parse(const QByteArray& bytes, const QString& name);

    qsizetype count() const override { return qsizetype(m_entries.size()); }
    void read(qsizetype i, QString& text) const override;
    QString text(qsizetype i) const;
    const QJsonValue& id(qsizetype i) const { return m_ids.at(i); }

    // Where one object's text lies in the bytes: its raw JSON string, or (for lines QJsonDocument read)
    // an index into m_decoded.
    struct Entry
    {
        qsizetype start = 0;
        qsizetype size = 0;
        bool escaped = false;
        qsizetype decoded = -1;
    };

private:
    static Result<JsonLines> check(JsonLines lines, const QString& name);
    const char* data() const { return m_buffer ? m_buffer.get() : m_bytes.constData(); }
    qsizetype size() const { return m_buffer ? m_bufferSize : m_bytes.size(); }

    struct FreeLarge
    {
        void operator()(char* data) const noexcept;
    };
    // A file's bytes, read in one go into memory from allocateLarge(). Not a mapping: another program
    // truncating the file while it is mapped would kill this one with SIGBUS.
    std::shared_ptr<char> m_buffer;
    qsizetype m_bufferSize = 0;
    QByteArray m_bytes; // bytes handed to parse()
    std::vector<Entry> m_entries;
    QList<QJsonValue> m_ids;
    QStringList m_decoded;
};

} // namespace jobdeck
