#include "CliSuite.h"

#include <QTest>

namespace jobdeck::test {

void CliSuite::initTestCase()
{
    if (!TestServer::requested())
        return;
    m_server = std::make_unique<TestServer>();
    if (!m_server->skipReason().isEmpty())
        QSKIP(qPrintable(m_server->skipReason()));
    QVERIFY2(m_server->available(), qPrintable(m_server->error()));
}

void CliSuite::init()
{
    if (m_server) {
        m_db = m_server->freshDatabase();
        QVERIFY2(!m_db.isEmpty(), qPrintable(m_server->error()));
        return;
    }
    m_db = m_dir.filePath(QStringLiteral("cli-%1.sqlite").arg(QString::fromLatin1(QTest::currentTestFunction())));
}

} // namespace jobdeck::test
