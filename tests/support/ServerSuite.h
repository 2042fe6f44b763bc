#pragma once

#include "PgCluster.h"

#include <QObject>
#include <QString>

#include <memory>

namespace jobdeck::test {

// The base of the suites that run against one throwaway cluster holding Jobdeck's database kDatabase: the
// cluster (each suite's initTestCase starts it and sets up what it needs) and the URIs of its users.
class ServerSuite : public QObject
{
protected:
    static inline const QString kDatabase = QStringLiteral("jobdeck");

    QString as(const QString& role) const { return m_cluster->url(role, kDatabase); }
    QString owner() const { return as(QStringLiteral("postgres")); }

    // For initTestCase: starts the cluster and, where it runs, sets Jobdeck up in kDatabase for `roles`
    // (PgCluster::setUpJobdeck). Empty when that worked or when there is no cluster, which
    // JOBDECK_REQUIRE_CLUSTER(*m_cluster) then reports.
    QString startWithJobdeck(const QStringList& roles)
    {
        m_cluster = std::make_unique<PgCluster>();
        return m_cluster->available() ? m_cluster->setUpJobdeck(kDatabase, roles) : QString();
    }

    std::unique_ptr<PgCluster> m_cluster;
};

} // namespace jobdeck::test
