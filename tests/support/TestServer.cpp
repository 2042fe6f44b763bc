#include "TestServer.h"

#include "CliRun.h"

namespace jobdeck::test {

bool TestServer::requested() { return !qEnvironmentVariableIsEmpty("JOBDECK_TEST_SERVER"); }

TestServer::TestServer() : m_cluster(std::make_unique<PgCluster>())
{
    if (!m_cluster->available())
        return;
    const PgCluster::Output role =
        m_cluster->psql(QStringLiteral("postgres"), QStringLiteral("postgres"), QStringLiteral("CREATE ROLE tester LOGIN"));
    if (!role.ok)
        m_error = QStringLiteral("cannot create the role tester: ") + role.err;
}

QString TestServer::freshDatabase()
{
    if (!available())
        return {};
    const QString name = QStringLiteral("jobdeck_%1").arg(++m_databases);
    const PgCluster::Output created = m_cluster->psql(QStringLiteral("postgres"), QStringLiteral("postgres"),
                                                      QStringLiteral("CREATE DATABASE %1").arg(name));
    if (!created.ok) {
        m_error = QStringLiteral("cannot create %1: %2").arg(name, created.err);
        return {};
    }
    const QString owner = m_cluster->url(QStringLiteral("postgres"), name);
    for (const QStringList& step : {QStringList{QStringLiteral("server"), QStringLiteral("init")},
                                    QStringList{QStringLiteral("server"), QStringLiteral("add-user"),
                                                QStringLiteral("tester")}}) {
        const CliRun run = runCliOn(owner, step);
        if (run.code != 0) {
            m_error = QStringLiteral("jobdeck-cli %1 failed: %2")
                          .arg(step.join(QLatin1Char(' ')), QString::fromUtf8(run.err));
            return {};
        }
    }
    return m_cluster->url(QStringLiteral("tester"), name);
}

} // namespace jobdeck::test
