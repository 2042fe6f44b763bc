#pragma once

#include <QCoreApplication>

#include "util/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace jobdeck {

class Database;

// One stored resume: its text (extracted once from .txt, .md, .pdf or .docx) and whether it is the default.
struct Resume
{
    qint64 id = 0;
    QString name;
    QString fileName;
    QString content;
    bool isDefault = false;
    QDateTime createdAt;
};

// Reads and edits rows of `resumes`. At most one resume is the default; the first one added becomes it.
class ResumeRepository
{
    Q_DECLARE_TR_FUNCTIONS(ResumeRepository)

public:
    explicit ResumeRepository(const Database& database) : m_database(database) {}

    Result<QList<Resume>> list() const;
    Result<Resume> find(qint64 id) const;
    Result<qint64> add(const QString& name, const QString& fileName, const QString& content,
                       const QDateTime& now) const;
    Status setDefault(qint64 id) const;
    Status remove(qint64 id) const;

private:
    const Database& m_database;
};

} // namespace jobdeck
