#pragma once

#include "CliRun.h"
#include "TestServer.h"

#include <QObject>
#include <QTemporaryDir>

#include <memory>

namespace jobdeck::test {

// The base of the CLI suites that also run against a server: each test gets its own database in m_db, a file
// named after the test in m_dir or, when the run asks for a server (TestServer::requested()), a fresh
// database on a throwaway cluster started once for the suite.
class CliSuite : public QObject
{
    Q_OBJECT

protected:
    bool onServer() const { return m_server != nullptr; }
    // jobdeck-cli on the test's database.
    CliRun db(const QStringList& args) const { return runCliOn(m_db, args); }

    QTemporaryDir m_dir;
    QString m_db;

private slots:
    void initTestCase();
    void init();

private:
    std::unique_ptr<TestServer> m_server; // set when the suite runs against PostgreSQL
};

} // namespace jobdeck::test
