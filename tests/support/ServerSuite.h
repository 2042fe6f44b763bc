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

    std::unique_ptr<PgCluster> m_cluster;
};

} // namespace jobdeck::test
