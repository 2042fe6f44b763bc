// What a person sees, read back from the app's own --screenshot with OCR (Debian's tesseract-ocr): every
// board stage with its count, whole card lines, and every funnel count on 10,000 applications. Skips, with
// the reason, where tesseract is not installed. The image is upscaled 3x before OCR (small UI fonts read far
// better), and text is compared case-insensitively with runs of spaces folded; no 0/O leniency was needed.
#include "BenchData.h"
#include "analytics/AnalyticsService.h"
#include "pipeline/Stage.h"
#include "storage/ApplicationTableModel.h"
#include "storage/BoardColumnModel.h"
#include "storage/Database.h"
#include "util/Clock.h"

#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdeck;

namespace {

struct Word
{
    QString text;
    QRect box; // in the screenshot's pixels
    int line = 0; // words of one OCR line share this
};

// Small UI fonts read far better enlarged: at 2x tesseract still took an 8 for a 3 in "8372".
constexpr int kScale = 3;

QString folded(QString text) { return text.simplified().toLower(); }

} // namespace

class TestOcr : public QObject
{
    Q_OBJECT

    QString m_tesseract;
    QTemporaryDir m_dir;

    // Runs the app's --screenshot as a user would; an empty string when it failed (the test then fails).
    QString screenshot(const QString& db, const QString& view, const QString& size, bool sample)
    {
        const QString png = m_dir.filePath(view + QLatin1Char('-') + size + QStringLiteral(".png"));
        QStringList arguments{QStringLiteral("--db"), db, QStringLiteral("--screenshot"), png,
                              QStringLiteral("--view"), view, QStringLiteral("--size"), size};
        if (sample)
            arguments << QStringLiteral("--sample-data");
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(JOBDECK_APP_PATH), arguments);
        if (!app.waitForFinished(120000) || app.exitCode() != 0) {
            qWarning("%s", app.readAllStandardError().constData());
            return {};
        }
        if (const QString keep = qEnvironmentVariable("JOBDECK_OCR_KEEP"); !keep.isEmpty()) {
            QFile::remove(QDir(keep).filePath(QFileInfo(png).fileName()));
            QFile::copy(png, QDir(keep).filePath(QFileInfo(png).fileName()));
        }
        return png;
    }

    // Every word tesseract finds, with its box, from tesseract's TSV output.
    QList<Word> read(const QString& png)
    {
        const QImage image(png);
        const QString big = png + QStringLiteral(".big.png");
        if (image.isNull() || !image.scaled(image.size() * kScale, Qt::IgnoreAspectRatio, Qt::SmoothTransformation).save(big))
            return {};
        QProcess ocr;
        // Sparse text: a UI is many short labels, not a page of paragraphs.
        ocr.start(m_tesseract, {big, QStringLiteral("stdout"), QStringLiteral("--psm"), QStringLiteral("11"),
                                QStringLiteral("tsv")});
        if (!ocr.waitForFinished(120000))
            return {};
        QList<Word> words;
        const QList<QByteArray> rows = ocr.readAllStandardOutput().split('\n');
        for (const QByteArray& row : rows) {
            const QList<QByteArray> cells = row.split('\t');
            if (cells.size() < 12 || cells.at(0) != "5")
                continue;
            const QString text = QString::fromUtf8(cells.at(11)).trimmed();
            if (text.isEmpty())
                continue;
            const int block = cells.at(2).toInt(), paragraph = cells.at(3).toInt(), line = cells.at(4).toInt();
            words.append({text,
                          QRect(cells.at(6).toInt() / kScale, cells.at(7).toInt() / kScale, cells.at(8).toInt() / kScale,
                                cells.at(9).toInt() / kScale),
                          (block * 1000 + paragraph) * 1000 + line});
        }
        return words;
    }

    static QStringList lines(const QList<Word>& words)
    {
        QMap<int, QString> byLine;
        for (const Word& word : words)
            byLine[word.line] += word.text + QLatin1Char(' ');
        QStringList result;
        for (const QString& line : std::as_const(byLine))
            result << folded(line);
        return result;
    }

    static const Word* first(const QList<Word>& words, const QString& text)
    {
        const Word* best = nullptr;
        for (const Word& word : words) {
            if (folded(word.text).startsWith(folded(text)) && (!best || word.box.left() < best->box.left()))
                best = &word;
        }
        return best;
    }

private slots:
    void initTestCase()
    {
        m_tesseract = QStandardPaths::findExecutable(QStringLiteral("tesseract"));
        if (m_tesseract.isEmpty())
            QSKIP("tesseract is not installed (Debian: apt-get install tesseract-ocr tesseract-ocr-eng); "
                  "the screenshots are not read back");
        QVERIFY(m_dir.isValid());
    }

    void everyStageHeaderWithItsCountReadsAt1600By1000()
    {
        const QString db = m_dir.filePath(QStringLiteral("sample.sqlite"));
        const QString png = screenshot(db, QStringLiteral("board"), QStringLiteral("1600x1000"), true);
        QVERIFY(!png.isEmpty());
        auto database = Database::open(db);
        QVERIFY(database);
        ApplicationTableModel table(*database.value(), SystemClock::instance());
        QVERIFY(table.reload());
        const QStringList seen = lines(read(png));
        QVERIFY(!seen.isEmpty());
        for (Stage stage : stages::all()) {
            BoardColumnModel column(stage);
            column.setSourceModel(&table);
            const QString header = folded(QStringLiteral("%1 (%2)").arg(stages::displayName(stage)).arg(column.rowCount()));
            bool found = false;
            for (const QString& line : seen)
                found = found || line.contains(header);
            QVERIFY2(found, qPrintable(QStringLiteral("'%1' not read; read: %2").arg(header, seen.join(QStringLiteral(" | ")))));
        }
    }

    void noCardLineIsElidedOnTheSampleBoard_data()
    {
        QTest::addColumn<QString>("size");
        QTest::newRow("1600x1000") << QStringLiteral("1600x1000");
        // A laptop: narrower columns, whose cards wrap (and break a long word with a hyphen) instead.
        QTest::newRow("1280x800") << QStringLiteral("1280x800");
    }
    void noCardLineIsElidedOnTheSampleBoard()
    {
        QFETCH(QString, size);
        const QString db = m_dir.filePath(QStringLiteral("cards-%1.sqlite").arg(size));
        const QString png = screenshot(db, QStringLiteral("board"), size, true);
        QVERIFY(!png.isEmpty());
        const QList<Word> words = read(png);
        // The board spans from the first stage's header to the Closed group; the details panel beside it
        // has buttons such as "Edit..." whose dots are no elision.
        const Word* saved = first(words, QStringLiteral("Saved"));
        const Word* withdrawn = first(words, QStringLiteral("Withdrawn"));
        QVERIFY2(saved && withdrawn, "the first stage (Saved) or the Closed group (Withdrawn) was not read on the board");
        const int left = saved->box.left() - 40, right = withdrawn->box.right() + 40;
        int cardWords = 0;
        for (const Word& word : words) {
            const int x = word.box.center().x();
            if (x < left || x > right || word.box.top() <= saved->box.bottom())
                continue;
            ++cardWords;
            // OCR reads an ellipsis as "…" or as two or three dots.
            QVERIFY2(!word.text.contains(QChar(0x2026)) && !word.text.contains(QStringLiteral("..")),
                     qPrintable(QStringLiteral("an elided card line: '%1'").arg(word.text)));
        }
        QVERIFY2(cardWords > 60, "too few card words read to judge the cards");
    }

    void everyFunnelCountReadsOnTenThousandApplicationsAt1280By800()
    {
        const QDate today = QDate::currentDate();
        // Applied to over the analytics page's default period (the last 25 weeks), so all 10,000 count.
        const QString db = bench::syntheticDatabase(10000, 60000, today.addDays(-170), 165);
        const QString png = screenshot(db, QStringLiteral("analytics"), QStringLiteral("1280x800"), false);
        QVERIFY(!png.isEmpty());
        auto database = Database::open(db);
        QVERIFY(database);
        const AnalyticsWindow window{today.addDays(-7 * 25), today, QDateTime::currentDateTimeUtc()};
        const Result<AnalyticsReport> report = AnalyticsService(*database.value()).report(window);
        QVERIFY(report);
        const QList<Word> words = read(png);
        // The funnel chart's area: under its heading, left of the sources chart, above the weekly one.
        const Word* funnel = first(words, QStringLiteral("Funnel"));
        const Word* sources = first(words, QStringLiteral("Conversion"));
        const Word* weekly = first(words, QStringLiteral("Weekly"));
        QVERIFY(funnel && sources && weekly);
        QStringList inFunnel;
        for (const Word& word : words) {
            const QPoint c = word.box.center();
            if (c.x() >= funnel->box.left() - 10 && c.x() < sources->box.left() && c.y() > funnel->box.bottom()
                && c.y() < weekly->box.top()) {
                // The end of a bar touching its count reads as a bracket or a bar: "(6644", "|4909".
                QString text = word.text;
                text.remove(QRegularExpression(QStringLiteral("^[^0-9A-Za-z]+|[^0-9A-Za-z]+$")));
                inFunnel << text;
            }
        }
        qint64 applied = 0;
        for (const FunnelRow& row : report->funnel) {
            if (row.stage == Stage::Saved)
                continue;
            applied = std::max(applied, row.count);
            QVERIFY2(inFunnel.contains(QString::number(row.count)),
                     qPrintable(QStringLiteral("%1's count %2 not read in the funnel; read: %3")
                                    .arg(stages::displayName(row.stage))
                                    .arg(row.count)
                                    .arg(inFunnel.join(QLatin1Char(' ')))));
        }
        QCOMPARE(applied, 10000);
        // The side table writes weeks as a person does ("W47 2026"), never cut to "20...".
        const QRegularExpression week(QStringLiteral("^W\\d\\d$"));
        int weeks = 0;
        for (const Word& word : words)
            weeks += week.match(word.text).hasMatch() ? 1 : 0;
        QVERIFY2(weeks >= 5, qPrintable(QStringLiteral("only %1 week labels read").arg(weeks)));
    }
};

QTEST_MAIN(TestOcr)
#include "tst_ocr.moc"
