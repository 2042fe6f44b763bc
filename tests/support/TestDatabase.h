#pragma once

#include "storage/Database.h"
#include "storage/Records.h"

#include <QTemporaryDir>

#include <memory>

namespace jobdeck {

// A fresh Jobdeck database in its own temporary folder, removed with the object.
class TestDatabase
{
public:
    TestDatabase();
    Database& db() { return *m_database; }
    const Database& db() const { return *m_database; }
    QString path() const { return m_dir.filePath(QStringLiteral("test.sqlite")); }
    QString folder() const { return m_dir.path(); }
    bool ok() const { return m_database != nullptr; }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
};

// Runs a query and returns its first column of its first row (for assertions on raw tables).
QVariant scalar(const Database& db, const QString& sql);

// The draft most tests add: a company and a title, nothing else.
ApplicationDraft draftFor(const QString& company, const QString& title = QStringLiteral("Engineer"));

// The SHA-256 of a file's bytes (empty when it cannot be read): to prove a refused file was left untouched.
QByteArray fileHash(const QString& path);

// Runs statements on an SQLite file through a plain connection, as another program (an old Jobdeck, an
// attacker) would; a statement that fails fails the running test.
void writeRawSqlite(const QString& path, const QStringList& statements);

} // namespace jobdeck
