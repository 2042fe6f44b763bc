#pragma once

#include <QString>
#include <QStringList>

namespace jobdeck {

// The documents a model is fitted on, read one at a time into a buffer the reader reuses, so that a
// big corpus (a 10,000-ad file) need not be held as QStrings all at once. Reads of different
// documents may run on different threads at the same time.
class DocumentSource
{
public:
    virtual ~DocumentSource() = default;
    virtual qsizetype count() const = 0;
    // Writes document i's text into `text`, replacing what it held.
    virtual void read(qsizetype i, QString& text) const = 0;
};

// Documents that are already strings.
class StringListSource final : public DocumentSource
{
public:
    explicit StringListSource(const QStringList& texts) : m_texts(texts) {}
    qsizetype count() const override { return m_texts.size(); }
    void read(qsizetype i, QString& text) const override { text = m_texts.at(i); }

private:
    const QStringList& m_texts;
};

} // namespace jobdeck
