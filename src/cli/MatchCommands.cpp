// match, rank: a resume against one job description, or against all of them.
#include "Cli.h"

#include "io/DocumentText.h"
#include "matching/ExplanationScope.h"
#include "matching/JsonLines.h"
#include "matching/MatchService.h"
#include "matching/Matcher.h"
#include "matching/SkillTaxonomy.h"
#include "storage/Database.h"
#include "util/JsonWriter.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QScopeGuard>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <array>
#include <numeric>
#include <optional>
#include <vector>

namespace jobdeck::cli {
namespace {

const Command& commandNamed(const char* name)
{
    for (const Command& command : commandTable()) {
        if (qstrcmp(command.name, name) == 0)
            return command;
    }
    Q_UNREACHABLE();
}

QJsonArray termsJson(const QList<TermWeight>& terms)
{
    QJsonArray array;
    for (const TermWeight& t : terms) {
        array.append(QJsonObject{
            {QStringLiteral("term"), t.term},
            {QStringLiteral("weight"), t.weight},
            {QStringLiteral("skill"), t.isSkill ? QJsonValue(t.isHardSkill ? QStringLiteral("hard") : QStringLiteral("soft"))
                                                : QJsonValue()},
        });
    }
    return array;
}

// The readable figure next to the raw ones: the coverage (0-100, 1 decimal) and its band.
void addCoverage(QJsonObject& object, double coverage)
{
    object.insert(QStringLiteral("coverage"), coverage);
    object.insert(QStringLiteral("band"), Matcher::bandKey(Matcher::bandFor(coverage)));
}

// The same terms as termsJson, written as bytes (keys in QJsonObject's sorted order).
void writeTerms(JsonWriter& writer, const QList<TermWeight>& terms)
{
    writer.beginArray();
    for (const TermWeight& t : terms) {
        writer.beginObject();
        writer.key(QLatin1StringView("skill"));
        if (t.isSkill)
            writer.value(t.isHardSkill ? QLatin1StringView("hard") : QLatin1StringView("soft"));
        else
            writer.null();
        writer.key(QLatin1StringView("term"));
        writer.value(t.term);
        writer.key(QLatin1StringView("weight"));
        writer.value(t.weight);
        writer.endObject();
    }
    writer.endArray();
}

void addExplanation(QJsonObject& object, const MatchResult& result)
{
    object.insert(QStringLiteral("aligned_terms"), termsJson(result.alignedTerms));
    object.insert(QStringLiteral("missing_terms"), termsJson(result.missingTerms));
    object.insert(QStringLiteral("hint"), result.hint);
}

QString termList(const QList<TermWeight>& terms, int count)
{
    QStringList names;
    for (qsizetype i = 0; i < std::min<qsizetype>(count, terms.size()); ++i)
        names.append(terms.at(i).term);
    return names.isEmpty() ? QStringLiteral("-") : names.join(QStringLiteral(", "));
}

void printExplanation(QTextStream& out, const MatchResult& result, const QString& indent)
{
    out << indent << "aligned: " << termList(result.alignedTerms, 10) << '\n';
    out << indent << "missing: " << termList(result.missingTerms, 10) << '\n';
    out << indent << "hint:    " << result.hint << '\n';
}

void warnIfAny(Context& context, const QString& warning)
{
    if (warning.isEmpty())
        return;
    context.err() << "jobdeck-cli: warning: " << warning << '\n';
    context.err().flush();
}

std::optional<QString> readDocument(Context& context, const QString& path, const QString& what)
{
    const Result<QString> text = io::DocumentText::read(path);
    if (!text) {
        context.fail(QStringLiteral("%1: %2").arg(what, text.message()));
        return std::nullopt;
    }
    return text.value();
}

} // namespace

int runMatch(Context& context, const QStringList& args)
{
    const QString command = QStringLiteral("match");
    Arguments arguments(command, QString::fromLatin1(commandNamed("match").synopsis));
    arguments.addValue(QStringLiteral("resume"), QStringLiteral("file"), QString());
    arguments.addValue(QStringLiteral("jd"), QStringLiteral("file"), QString());
    arguments.addValue(QStringLiteral("analyzer"), QStringLiteral("name"), QString());
    if (!arguments.parse(context, args, 0, 0))
        return BadUsage;
    if (!arguments.isSet(QStringLiteral("resume")))
        return context.usage(command, QStringLiteral("--resume is required"));
    if (!arguments.isSet(QStringLiteral("jd")))
        return context.usage(command, QStringLiteral("--jd is required"));
    const QString analyzerName = arguments.isSet(QStringLiteral("analyzer")) ? arguments.value(QStringLiteral("analyzer"))
                                                                            : QStringLiteral("default");
    const std::shared_ptr<const Analyzer> analyzer = Analyzer::create(analyzerName);
    if (!analyzer)
        return context.usage(command, QStringLiteral("unknown analyzer '%1'; analyzers are %2")
                                          .arg(analyzerName, Analyzer::names().join(QStringLiteral(", "))));

    const auto resume = readDocument(context, arguments.value(QStringLiteral("resume")), QStringLiteral("resume"));
    if (!resume)
        return Failed;
    const auto jd = readDocument(context, arguments.value(QStringLiteral("jd")), QStringLiteral("job description"));
    if (!jd)
        return Failed;
    Database* db = context.database();
    if (!db)
        return Failed;
    const auto stored = MatchService::prepareStored(*db, analyzerName, context.clock().now());
    if (!stored)
        return context.fail(stored.error());
    warnIfAny(context, stored->warning);
    std::shared_ptr<const TfidfModel> model = stored->model;
    std::optional<MatchIndex> index;
    if (model)
        index = stored->index;
    if (!model) {
        context.err() << "jobdeck-cli: warning: no stored job descriptions, so the model was fitted on the two "
                         "given texts alone and its term weights say little\n";
        context.err().flush();
        const QStringList texts{resume.value(), jd.value()};
        auto fitted = TfidfModel::fit(texts, analyzer, MatchService::optionsFor(analyzerName, texts.size()));
        if (!fitted)
            return context.fail(fitted.error());
        model = fitted->model;
    }
    const MatchResult result = index ? Matcher(model, *index).evaluate(resume.value(), jd.value())
                                     : Matcher(model).evaluate(resume.value(), jd.value());
    if (context.json()) {
        QJsonObject object{{QStringLiteral("match_index"), result.matchIndex}, {QStringLiteral("cosine"), result.cosine}};
        addCoverage(object, result.coverage);
        addExplanation(object, result);
        context.printJson(QJsonDocument(object));
        return Done;
    }
    context.out() << "match:       " << QString::number(result.coverage, 'f', 1) << " / 100, "
                  << Matcher::bandName(result.band) << " (share of the job's weighted skills and key phrases shown)\n";
    context.out() << "match index: " << QString::number(result.matchIndex, 'f', 2) << " (cosine "
                  << QString::number(result.cosine, 'f', 6) << ")\n";
    printExplanation(context.out(), result, QString());
    return Done;
}

int runRank(Context& context, const QStringList& args)
{
    const QString command = QStringLiteral("rank");
    Arguments arguments(command, QString::fromLatin1(commandNamed("rank").synopsis));
    arguments.addValue(QStringLiteral("resume"), QStringLiteral("file"), QString());
    arguments.addValue(QStringLiteral("jds"), QStringLiteral("file"), QString());
    arguments.addValue(QStringLiteral("top"), QStringLiteral("n"), QString());
    arguments.addValue(QStringLiteral("analyzer"), QStringLiteral("name"), QString());
    arguments.addFlag(QStringLiteral("explain"), QString());
    if (!arguments.parse(context, args, 0, 0))
        return BadUsage;
    if (!arguments.isSet(QStringLiteral("resume")))
        return context.usage(command, QStringLiteral("--resume is required"));
    int top = 10;
    if (arguments.isSet(QStringLiteral("top"))) {
        bool ok = false;
        top = arguments.value(QStringLiteral("top")).toInt(&ok);
        if (!ok || top < 0)
            return context.usage(command, QStringLiteral("--top '%1' is not a whole number of 0 or more (0 = all)")
                                              .arg(arguments.value(QStringLiteral("top"))));
    }
    const bool explain = arguments.isSet(QStringLiteral("explain"));
    // The explanations' taxonomy tables are built on the other core while this one builds the analyzer
    // and reads the files; built on first use, they held up every explaining thread.
    QFuture<void> tablesReady;
    if (explain)
        tablesReady = QtConcurrent::run([] { ExplanationScope::prepare(SkillTaxonomy::builtIn()); });
    const auto waitForTables = qScopeGuard([&tablesReady] { tablesReady.waitForFinished(); });
    const QString analyzerName = arguments.isSet(QStringLiteral("analyzer")) ? arguments.value(QStringLiteral("analyzer"))
                                                                            : QStringLiteral("default");
    const std::shared_ptr<const Analyzer> analyzer = Analyzer::create(analyzerName);
    if (!analyzer)
        return context.usage(command, QStringLiteral("unknown analyzer '%1'; analyzers are %2")
                                          .arg(analyzerName, Analyzer::names().join(QStringLiteral(", "))));

    const auto resume = readDocument(context, arguments.value(QStringLiteral("resume")), QStringLiteral("resume"));
    if (!resume)
        return Failed;

    std::shared_ptr<const TfidfModel> model;
    MatchIndex index;
    QList<QJsonValue> ids;
    RankingCorpus corpus; // stored applications: their texts, for the exclusions of the results explained
    std::optional<JsonLines> given; // the --jds file: an explained result's text is read from it again
    if (arguments.isSet(QStringLiteral("jds"))) {
        auto opened = JsonLines::open(arguments.value(QStringLiteral("jds")));
        if (!opened)
            return context.fail(opened.error());
        given.emplace(std::move(opened.value()));
        ids.reserve(given->count());
        for (qsizetype i = 0; i < given->count(); ++i)
            ids.append(given->id(i));
        // Fitted straight from the file: each text is decoded when a counting thread reaches it.
        auto fitted = TfidfModel::fit(*given, analyzer, MatchService::optionsFor(analyzerName, given->count()));
        if (!fitted)
            return context.fail(fitted.error());
        model = fitted->model;
        index = MatchService::indexFor(analyzerName, std::move(fitted->rows));
    } else {
        Database* db = context.database();
        if (!db)
            return Failed;
        auto stored = MatchService::prepareStored(*db, analyzerName, context.clock().now());
        if (!stored)
            return context.fail(stored.error());
        warnIfAny(context, stored->warning);
        if (!stored->model) {
            context.err() << "jobdeck-cli: warning: no application has a job description yet; nothing to rank\n";
            context.err().flush();
        }
        model = stored->model;
        index = stored->index;
        for (qint64 id : std::as_const(stored->applicationIds))
            ids.append(QJsonValue(id));
        corpus = std::move(stored).value();
    }

    QList<RankedRow> ranked;
    SparseVector resumeVector;
    if (model) {
        resumeVector = model->transform(resume.value());
        ranked = index.rank(resumeVector, top);
    }
    // The resume is laid out by column once, and each result is explained from the index's own row and
    // the similarity it was ranked with: every per-result step costs only that job description's terms.
    const std::unique_ptr<Matcher> matcher = model ? std::make_unique<Matcher>(model, 0) : nullptr;
    const Matcher::PreparedResume prepared = matcher ? matcher->prepare(resumeVector, resume.value())
                                                     : Matcher::PreparedResume{};
    // A --jds line has no company or location, but its text still has names and boilerplate to leave out.
    // Called on every core at once (see forEachResult): the text is each thread's own.
    auto explained = [&](const RankedRow& row) {
        if (given) {
            thread_local QString text;
            given->read(row.row, text);
            return matcher->explain(prepared, index.rows(), row.row, row.cosine,
                                    ExplanationScope::rankScope(*analyzer, SkillTaxonomy::builtIn(), text, {}, {},
                                                                matcher->skillsWithoutColumn()));
        }
        return matcher->explain(prepared, index.rows(), row.row, row.cosine,
                                corpus.scopeFor(row.row, matcher->skillsWithoutColumn()));
    };
    // Each result in rank order, with its explanation when asked for one. Explanations are independent
    // (all but the resume's part is the row's own), so a block of them is worked out on every core while
    // the results stay in order; a block at a time keeps `--top 0` over a large corpus from holding every
    // explanation at once. The pool explains the next block while this thread prints the last: printed
    // between blocks, the printing left a core idle.
    auto forEachResult = [&](auto&& use) {
        constexpr qsizetype kBlock = 256;
        std::vector<qsizetype> positions(static_cast<size_t>(kBlock));
        std::iota(positions.begin(), positions.end(), qsizetype(0));
        std::array<std::vector<std::optional<MatchResult>>, 2> results;
        auto startBlock = [&](qsizetype start, std::vector<std::optional<MatchResult>>& into) {
            const qsizetype count = std::min(kBlock, ranked.size() - start);
            into.assign(size_t(count), std::nullopt);
            if (!explain || count <= 0)
                return QFuture<void>();
            return QtConcurrent::map(positions.begin(), positions.begin() + count,
                                     [&into, &ranked, &explained, start](const qsizetype& i) {
                                         into[size_t(i)] = explained(ranked.at(start + i));
                                     });
        };
        // Waits for the pool on every way out, a throwing `use` included: its threads write to `results`.
        QFuture<void> next;
        const auto waitForPool = qScopeGuard([&next] { next.waitForFinished(); });
        next = startBlock(0, results[0]);
        for (qsizetype start = 0, block = 0; start < ranked.size(); start += kBlock, block ^= 1) {
            next.waitForFinished();
            std::vector<std::optional<MatchResult>>& done = results[size_t(block)];
            if (start + kBlock < ranked.size())
                next = startBlock(start + kBlock, results[size_t(block ^ 1)]);
            for (qsizetype i = 0; i < qsizetype(done.size()); ++i)
                use(ranked.at(start + i), done[size_t(i)]);
            done.clear(); // freed here, while the pool works, not when the block after next starts
        }
    };
    if (context.json()) {
        // Written as bytes, not as QJsonObjects: the same line (rank's results may be thousands of
        // objects with their terms, and building QJsonObjects cost more than explaining them). The keys
        // come in QJsonObject's sorted order, which is what rank printed before.
        JsonWriter writer;
        writer.beginObject();
        writer.key(QLatin1StringView("results"));
        writer.beginArray();
        forEachResult([&](const RankedRow& row, const std::optional<MatchResult>& result) {
            const double coverage = result ? result->coverage : matcher->coverage(prepared, index.rows(), row.row);
            writer.beginObject();
            if (result) {
                writer.key(QLatin1StringView("aligned_terms"));
                writeTerms(writer, result->alignedTerms);
            }
            writer.key(QLatin1StringView("band"));
            writer.value(Matcher::bandKey(Matcher::bandFor(coverage)));
            writer.key(QLatin1StringView("cosine"));
            writer.value(row.cosine);
            writer.key(QLatin1StringView("coverage"));
            writer.value(coverage);
            if (result) {
                writer.key(QLatin1StringView("hint"));
                writer.value(result->hint);
            }
            writer.key(QLatin1StringView("id"));
            writer.value(ids.at(row.row));
            writer.key(QLatin1StringView("match_index"));
            writer.value(Matcher::matchIndex(row.cosine));
            if (result) {
                writer.key(QLatin1StringView("missing_terms"));
                writeTerms(writer, result->missingTerms);
            }
            writer.endObject();
        });
        writer.endArray();
        writer.endObject();
        context.printJson(writer.bytes());
        return Done;
    }
    QTextStream& out = context.out();
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(QStringLiteral("RANK"), 4)
               .arg(QStringLiteral("ID"), 8)
               .arg(QStringLiteral("MATCH"), 6)
               .arg(QStringLiteral("BAND"), -6)
               .arg(QStringLiteral("INDEX"), 6);
    int position = 0;
    forEachResult([&](const RankedRow& row, const std::optional<MatchResult>& result) {
        const QJsonValue id = ids.at(row.row);
        const QString idText = id.isString() ? id.toString() : QString::number(id.toInteger());
        const double coverage = result ? result->coverage : matcher->coverage(prepared, index.rows(), row.row);
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(++position, 4)
                   .arg(idText, 8)
                   .arg(coverage, 6, 'f', 1)
                   .arg(Matcher::bandName(Matcher::bandFor(coverage)), -6)
                   .arg(Matcher::matchIndex(row.cosine), 6, 'f', 2);
        if (result)
            printExplanation(out, *result, QStringLiteral("      "));
    });
    return Done;
}

} // namespace jobdeck::cli
