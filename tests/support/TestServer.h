#pragma once

#include "PgCluster.h"

#include <QString>

#include <memory>

namespace jobdeck::test {

// The switch that runs a CLI suite against PostgreSQL instead of files: with JOBDECK_TEST_SERVER set (CTest's
// "_server" entries set it), the suite starts a throwaway cluster (PgCluster) and gives each test a fresh
// database, set up with `server init` and used as the role "tester" through `--db postgresql://...`.
class TestServer
{
public:
    // Whether this run is meant for a server.
    static bool requested();

    TestServer();
    bool available() const { return m_cluster->available() && m_error.isEmpty(); }
    const QString& skipReason() const { return m_cluster->skipReason(); }
    QString error() const { return m_error.isEmpty() ? m_cluster->error() : m_error; }

    // A new database on the cluster, schema created and "tester" a Jobdeck user of it: its URI as tester.
    // Empty (and error() says why) when that fails.
    QString freshDatabase();
    PgCluster& cluster() { return *m_cluster; }

private:
    std::unique_ptr<PgCluster> m_cluster;
    QString m_error;
    int m_databases = 0;
};

} // namespace jobdeck::test
