#pragma once

#include "storage/Database.h"

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

} // namespace jobdeck
