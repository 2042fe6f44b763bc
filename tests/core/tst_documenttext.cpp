#include "io/DocumentText.h"
#include "pipeline/PipelineService.h"
#include "storage/ApplicationRepository.h"
#include "storage/ResumeRepository.h"

#include "MockClock.h"
#include "TestDatabase.h"
#include "TestFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

#include <array>

using namespace jobdeck;
using io::DocumentText;

namespace {

QString fixture(const char* name)
{
    return QStringLiteral(JOBDECK_SOURCE_DIR "/tests/data/matching/documents/") + QString::fromLatin1(name);
}

using test::writeFile;

// The most memory this process has ever held, in bytes (Linux).
qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

// A deflate stream written by hand with the fixed Huffman codes (RFC 1951), so a test can make a zip
// bomb in a few milliseconds and a few megabytes without holding what it inflates to.
class Deflater
{
public:
    Deflater()
    {
        bits(1, 1); // the last block
        bits(1, 2); // with the fixed codes
    }

    void literals(QByteArrayView text)
    {
        for (const char c : text)
            literal(static_cast<unsigned char>(c));
    }
    // `count` times a copy of 258 bytes from `distance` bytes back.
    void copies(qint64 count, int distance)
    {
        int code = 0;
        while (code < 29 && distanceBase(code + 1) <= distance)
            ++code;
        const int extra = code < 4 ? 0 : code / 2 - 1;
        for (qint64 k = 0; k < count; ++k) {
            huffman(0xC5, 8); // length code 285: 258 bytes
            huffman(quint32(code), 5);
            bits(quint32(distance - distanceBase(code)), extra);
        }
    }
    QByteArray finish()
    {
        huffman(0, 7); // end of block
        if (m_count > 0)
            m_out += char(m_bits & 0xFF);
        m_bits = 0;
        m_count = 0;
        return m_out;
    }

private:
    static int distanceBase(int code)
    {
        if (code < 4)
            return code + 1;
        const int extra = code / 2 - 1;
        return (1 << (extra + 1)) + 1 + (code & 1) * (1 << extra);
    }
    void literal(unsigned char c)
    {
        if (c < 144)
            huffman(0x30 + c, 8);
        else
            huffman(0x190 + (c - 144), 9);
    }
    void huffman(quint32 code, int length) // Huffman codes go most significant bit first
    {
        quint32 reversed = 0;
        for (int i = 0; i < length; ++i)
            reversed |= ((code >> i) & 1U) << (length - 1 - i);
        bits(reversed, length);
    }
    void bits(quint32 value, int count)
    {
        m_bits |= quint64(value) << m_count;
        m_count += count;
        while (m_count >= 8) {
            m_out += char(m_bits & 0xFF);
            m_bits >>= 8;
            m_count -= 8;
        }
    }

    QByteArray m_out;
    quint64 m_bits = 0;
    int m_count = 0;
};

quint32 crc32(quint32 crc, QByteArrayView bytes)
{
    static const auto table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320U ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    crc = ~crc;
    for (const char b : bytes)
        crc = table[(crc ^ static_cast<unsigned char>(b)) & 0xFF] ^ (crc >> 8);
    return ~crc;
}

void putLe(QByteArray& out, quint32 value, int bytes)
{
    for (int i = 0; i < bytes; ++i)
        out += char((value >> (8 * i)) & 0xFF);
}

// A .docx (a zip holding word/document.xml) whose document is `paragraphs` paragraphs of 775 letters,
// deflated to about a hundredth of its size; 330,241 paragraphs inflate to 255 MB. Every paragraph after
// the first is copied 258 bytes at a time, so (paragraphs - 1) * 808 bytes must be a multiple of 258.
QByteArray docxOfParagraphs(qint64 paragraphs)
{
    const QByteArray head = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats."
                            "org/wordprocessingml/2006/main\"><w:body>";
    const QByteArray paragraph = "<w:p><w:r><w:t>" + QByteArray(1 + 3 * 258, 'a') + "</w:t></w:r></w:p>";
    const QByteArray tail = "</w:body></w:document>";
    Q_ASSERT((paragraphs - 1) % 129 == 0);

    Deflater deflater;
    deflater.literals(head);
    deflater.literals("<w:p><w:r><w:t>a");
    deflater.copies(3, 1);
    deflater.literals("</w:t></w:r></w:p>");
    // Every further paragraph is a copy of the one before it, 258 bytes at a time.
    deflater.copies((paragraphs - 1) * paragraph.size() / 258, int(paragraph.size()));
    deflater.literals(tail);
    const QByteArray data = deflater.finish();
    quint32 crc = crc32(0, head);
    for (qint64 k = 0; k < paragraphs; ++k)
        crc = crc32(crc, paragraph);
    crc = crc32(crc, tail);
    const qint64 size = head.size() + paragraphs * paragraph.size() + tail.size();
    Q_ASSERT(size < (qint64(1) << 32));

    const QByteArray name = "word/document.xml";
    QByteArray zip;
    const auto header = [&](bool central) {
        putLe(zip, central ? 0x02014b50 : 0x04034b50, 4);
        if (central)
            putLe(zip, 20, 2); // made by
        putLe(zip, 20, 2);     // needed
        putLe(zip, 0, 2);      // flags
        putLe(zip, 8, 2);      // deflate
        putLe(zip, 0, 2);      // time
        putLe(zip, 0x21, 2);   // 1980-01-01
        putLe(zip, crc, 4);
        putLe(zip, quint32(data.size()), 4);
        putLe(zip, quint32(size), 4);
        putLe(zip, quint32(name.size()), 2);
        putLe(zip, 0, 2); // extra
        if (central) {
            putLe(zip, 0, 2); // comment
            putLe(zip, 0, 2); // disk
            putLe(zip, 0, 2); // internal attributes
            putLe(zip, 0, 4); // external attributes
            putLe(zip, 0, 4); // offset of the local header
        }
        zip += name;
    };
    header(false);
    zip += data;
    const qsizetype directory = zip.size();
    header(true);
    const qsizetype directorySize = zip.size() - directory;
    putLe(zip, 0x06054b50, 4);
    putLe(zip, 0, 2);
    putLe(zip, 0, 2);
    putLe(zip, 1, 2);
    putLe(zip, 1, 2);
    putLe(zip, quint32(directorySize), 4);
    putLe(zip, quint32(directory), 4);
    putLe(zip, 0, 2);
    return zip;
}

// A PDF of `pages` pages, each showing `line` `lines` times in Helvetica, with a correct
// cross-reference table.
QByteArray pdfOfPages(int pages, const QByteArray& line, int lines = 1)
{
    QByteArray pdf = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray& body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    // 1 catalog, 2 page tree, 3 font, 4 content; then the pages from 5.
    QByteArray kids;
    for (int i = 0; i < pages; ++i)
        kids += QByteArray::number(5 + i) + " 0 R ";
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(pages) + " >>");
    object("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    const QByteArray content = "BT /F1 2 Tf 5 785 Td " + QByteArray("(" + line + ") Tj 0 -3 Td ").repeated(lines) + "ET";
    object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content + "\nendstream");
    for (int i = 0; i < pages; ++i)
        object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
               "/Resources << /Font << /F1 3 0 R >> >> >>");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1) + " /Root 1 0 R >>\nstartxref\n"
           + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
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
        QVERIFY(writeFile(path, "Senior C++ engineer in Z\xc3\xbcrich\n"));
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

    void theHandMadeDocxAndPdfAreReadable()
    {
        // The generators below make valid files: a small one of each reads as text.
        QTemporaryDir dir;
        const QString docx = dir.filePath(QStringLiteral("small.docx"));
        QVERIFY(writeFile(docx, docxOfParagraphs(130)));
        const auto text = DocumentText::read(docx);
        QVERIFY2(text.ok(), qPrintable(text.message()));
        QCOMPARE(text->size(), 130 * 776);
        QCOMPARE(text->left(776), QString(775, QLatin1Char('a')) + QLatin1Char('\n'));
        const QString pdf = dir.filePath(QStringLiteral("small.pdf"));
        QVERIFY(writeFile(pdf, pdfOfPages(3, "Kubernetes and Go")));
        const auto pdfText = DocumentText::read(pdf);
        QVERIFY2(pdfText.ok(), qPrintable(pdfText.message()));
        QCOMPARE(pdfText->count(QStringLiteral("Kubernetes and Go")), 3);
    }

    void aDocxZipBombIsRefusedWithoutInflatingIt()
    {
        // 2.7 MB on disk, 255 MB of XML once inflated (the was 1.2 MB to 1.2 GB).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bomb.docx"));
        QVERIFY(writeFile(path, docxOfParagraphs(129 * 2560 + 1)));
        QVERIFY(QFileInfo(path).size() < 4 * 1024 * 1024);
        const qint64 peakBefore = peakResidentBytes();
        const auto text = DocumentText::read(path);
        QVERIFY(!text.ok());
        QVERIFY2(text.message().contains(QStringLiteral("bomb.docx")), qPrintable(text.message()));
        QVERIFY2(text.message().contains(QStringLiteral("32 MB")), qPrintable(text.message()));
        QVERIFY2(peakResidentBytes() - peakBefore < 64 * 1024 * 1024,
                 qPrintable(QStringLiteral("peak grew by %1 MB").arg((peakResidentBytes() - peakBefore) >> 20)));
    }

    void aDocxWithMoreTextThanTheLimitStopsReadingAtTheLimit()
    {
        // 6.7 MB of XML (under the XML limit) holding 6.4 million characters of text (over the text limit).
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.docx"));
        QVERIFY(writeFile(path, docxOfParagraphs(129 * 64 + 1)));
        const auto text = DocumentText::read(path);
        QVERIFY(!text.ok());
        QVERIFY2(text.message().contains(QStringLiteral("long.docx")), qPrintable(text.message()));
        QVERIFY2(text.message().contains(QStringLiteral("more than 4 MB of text")), qPrintable(text.message()));
    }

    void aPlainTextFileOverTheLimitIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("huge.txt"));
        QVERIFY(writeFile(path, QByteArray(4 * 1024 * 1024 + 1, 'a')));
        const auto text = DocumentText::read(path);
        QVERIFY(!text.ok());
        QVERIFY2(text.message().contains(QStringLiteral("huge.txt")), qPrintable(text.message()));
        QVERIFY2(text.message().contains(QStringLiteral("4 MB")), qPrintable(text.message()));
        QVERIFY(writeFile(path, QByteArray(4 * 1024 * 1024, 'a')));
        QVERIFY(DocumentText::read(path).ok());
    }

    void aPdfOfTooManyPagesIsRefused()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("pages.pdf"));
        QVERIFY(writeFile(path, pdfOfPages(1001, "page")));
        const auto text = DocumentText::read(path);
        QVERIFY(!text.ok());
        QVERIFY2(text.message().contains(QStringLiteral("pages.pdf")), qPrintable(text.message()));
        QVERIFY2(text.message().contains(QStringLiteral("1000 pages")), qPrintable(text.message()));
    }

    void aPdfWithMoreTextThanTheLimitIsRefused()
    {
        // 90 pages of which Poppler reads 50,000 characters each: 4.5 million characters.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("long.pdf"));
        QVERIFY(writeFile(path, pdfOfPages(90, QByteArray("abc de ").repeated(80), 260)));
        const auto text = DocumentText::read(path);
        QVERIFY(!text.ok());
        QVERIFY2(text.message().contains(QStringLiteral("long.pdf")), qPrintable(text.message()));
        QVERIFY2(text.message().contains(QStringLiteral("more than 4 MB of text")), qPrintable(text.message()));
    }

    void devicesAndPipesAreRefusedAtOnceWhateverTheirName()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(QStringLiteral("resume.txt"));
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        const QString zero = dir.filePath(QStringLiteral("zero.docx"));
        QVERIFY(QFile::link(QStringLiteral("/dev/zero"), zero));
        for (const QString& path : {QStringLiteral("/dev/zero"), fifo, zero}) {
            for (const auto reader : {&DocumentText::read, &DocumentText::readPlainText, &DocumentText::readPdf,
                                      &DocumentText::readDocx}) {
                const auto text = reader(path);
                QVERIFY(!text.ok());
                QVERIFY2(text.message().contains(QStringLiteral("not a regular file")), qPrintable(text.message()));
            }
        }
    }

    void aJobDescriptionOrResumeOverTheLimitIsNeverStored()
    {
        // The app's editor and the CLI's add both store through the pipeline and the repository.
        TestDatabase test;
        QVERIFY(test.ok());
        MockClock clock;
        PipelineService pipeline(test.db(), clock);
        ApplicationDraft draft = draftFor(QStringLiteral("Acme"));
        draft.jobDescription = QString(4 * 1024 * 1024, QLatin1Char('a'));
        const auto id = pipeline.create(draft);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        draft.jobDescription += QLatin1Char('a');
        const auto refused = pipeline.create(draft);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(QStringLiteral("4 MB")), qPrintable(refused.message()));
        const Status edited = ApplicationRepository(test.db()).update(id.value(), draft, clock.now());
        QVERIFY(!edited.ok());
        QVERIFY2(edited.message().contains(QStringLiteral("job description")), qPrintable(edited.message()));
        QCOMPARE(ApplicationRepository(test.db()).find(id.value())->jobDescription.size(), 4 * 1024 * 1024);
        QCOMPARE(scalar(test.db(), QStringLiteral("SELECT count(*) FROM applications")).toInt(), 1);

        // A stored resume too (the Match page stores what it imported).
        const ResumeRepository resumes(test.db());
        QVERIFY(resumes.add(QStringLiteral("cv"), QStringLiteral("cv.txt"), draft.jobDescription.left(4 * 1024 * 1024),
                            clock.now()).ok());
        const auto resume = resumes.add(QStringLiteral("big"), QStringLiteral("big.txt"), draft.jobDescription, clock.now());
        QVERIFY(!resume.ok());
        QVERIFY2(resume.message().contains(QStringLiteral("4 MB")), qPrintable(resume.message()));
        QCOMPARE(scalar(test.db(), QStringLiteral("SELECT count(*) FROM resumes")).toInt(), 1);
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
