#include "pipeline/Stage.h"

#include <QTest>

using namespace jobdeck;

class TestStage : public QObject
{
    Q_OBJECT

private slots:
    void idsRoundTripForEveryStage()
    {
        for (Stage stage : stages::all())
            QCOMPARE(stages::fromId(stages::id(stage)), stage);
        QCOMPARE(stages::all().size(), 11);
    }
    void unknownIdIsRefused() { QVERIFY(!stages::fromId(QStringLiteral("interview")).has_value()); }
    void pipelineOrderAndEnds()
    {
        QCOMPARE(stages::rank(Stage::Saved), 0);
        QCOMPARE(stages::rank(Stage::Accepted), 7);
        QVERIFY(stages::isEnd(Stage::Ghosted));
        QVERIFY(!stages::isEnd(Stage::Offer));
        QCOMPARE(stages::rank(Stage::Rejected), -1);
    }
};

QTEST_GUILESS_MAIN(TestStage)
#include "tst_stage.moc"
