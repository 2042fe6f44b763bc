#include "io/DocumentText.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace jobdeck;
using io::DocumentText;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(JOBDECK_SOURCE_DIR "/tests/data/matching/documents/") + QString::fromLatin1(name);
}

} // namespace

class TestDocumentText : public QObject
{
    Q_OBJECT

private slots:
    void readsPlainTextAndMarkdown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("resume.txt"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Senior C++ engineer in Z\xc3\xbcrich\n");
        file.close();
        const auto text = DocumentText::read(path);
        QVERIFY2(text.ok(), qPrintable(text.message()));
        QCOMPARE(text.value(), QStringLiteral("Senior C++ engineer in Zürich\n"));
        const auto markdown = DocumentText::read(fixture("resume.md"));
        QVERIFY(markdown.ok());
        QVERIFY(markdown->contains(QStringLiteral("**C++**")));
    }

    void readsUtf16WithItsByteOrderMark()
    {
        const auto text = DocumentText::read(fixture("resume_utf16.txt"));
        QVERIFY2(text.ok(), qPrintable(text.message()));
        QCOMPARE(text.value(), QStringLiteral("C# and .NET developer, Zürich"));
    }

    void readsTheTextOfAPdf()
    {
        const auto text = DocumentText::read(fixture("resume.pdf"));
        QVERIFY2(text.ok(), qPrintable(text.message()));
        QVERIFY2(text->contains(QStringLiteral("Senior C++ Engineer")), qPrintable(text.value()));
        QVERIFY(text->contains(QStringLiteral("CI/CD")));
    }

    void readsTheParagraphsOfADocx()
    {
        const auto text = DocumentText::read(fixture("resume.docx"));
        QVERIFY2(text.ok(), qPrintable(text.message()));
        QCOMPARE(text.value(),
                 QStringLiteral("Jane Doe\tSenior C++ Engineer\nKubernetes, Docker and CI/CD\nZürich · naïve café\n"));
    }

    void encryptedPdfIsRefusedAsEncrypted()
    {
        const auto text = DocumentText::read(fixture("encrypted.pdf"));
        QVERIFY(!text.ok());
        QVERIFY2(text.message().contains(QStringLiteral("encrypted")), qPrintable(text.message()));
    }

    void imageOnlyPdfSaysItHasNoText()
    {
        const auto text = DocumentText::read(fixture("image_only.pdf"));
        QVERIFY(!text.ok());
        QVERIFY2(text.message().contains(QStringLiteral("no text layer")), qPrintable(text.message()));
    }

    void damagedFilesSayTheyAreDamaged()
    {
        for (const char* name : {"corrupt.pdf", "corrupt.docx"}) {
            const auto text = DocumentText::read(fixture(name));
            QVERIFY(!text.ok());
            QVERIFY2(text.message().contains(QStringLiteral("damaged")) || text.message().contains(QStringLiteral("not a valid")),
                     qPrintable(text.message()));
        }
    }

    void encryptedDocxIsRefusedAsEncrypted()
    {
        const auto text = DocumentText::read(fixture("encrypted.docx"));
        QVERIFY(!text.ok());
        QVERIFY2(text.message().contains(QStringLiteral("encrypted")), qPrintable(text.message()));
    }

    void emptyDocumentsAreRefused()
    {
        for (const char* name : {"blank.txt", "empty.docx"}) {
            const auto text = DocumentText::read(fixture(name));
            QVERIFY(!text.ok());
            QVERIFY2(text.message().contains(QStringLiteral("holds no text")), qPrintable(text.message()));
        }
    }

    void missingAndUnsupportedFilesAreRefused()
    {
        const auto missing = DocumentText::read(fixture("nope.txt"));
        QVERIFY(!missing.ok());
        QCOMPARE(missing.error().kind, Error::Kind::NotFound);
        const auto odt = DocumentText::read(fixture("resume.odt"));
        QVERIFY(!odt.ok());
        QVERIFY(odt.message().contains(QStringLiteral(".docx")));
    }
};

QTEST_GUILESS_MAIN(TestDocumentText)
#include "tst_documenttext.moc"
