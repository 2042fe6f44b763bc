// add, list, move, history: applications and their stage log.
#include "Cli.h"

#include "io/DocumentText.h"
#include "pipeline/PipelineService.h"
#include "storage/ApplicationRepository.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace jobdeck::cli {
namespace {

QJsonObject toJson(const Application& a)
{
    return QJsonObject{
        {QStringLiteral("id"), a.id},
        {QStringLiteral("company"), a.company},
        {QStringLiteral("title"), a.title},
        {QStringLiteral("source"), a.source},
        {QStringLiteral("url"), a.url},
        {QStringLiteral("location"), a.location},
        {QStringLiteral("stage"), stages::id(a.stage)},
        {QStringLiteral("applied_on"), a.appliedOn ? QJsonValue(time::toIsoDate(*a.appliedOn)) : QJsonValue()},
        {QStringLiteral("updated_at"), time::toIso(a.updatedAt)},
    };
}

QString elided(const QString& text, int width)
{
    return text.size() <= width ? text.leftJustified(width) : text.left(width - 1) + QChar(0x2026);
}

} // namespace

int runAdd(Context& context, const QStringList& args)
{
    Arguments arguments(QStringLiteral("add"), QString::fromLatin1(commandTable().at(0).synopsis));
    for (const char* name : {"company", "title", "source", "url", "location", "applied-on", "jd-file", "notes"})
        arguments.addValue(QString::fromLatin1(name), QStringLiteral("value"), QString());
    arguments.addFlag(QStringLiteral("saved"), QString());
    if (!arguments.parse(context, args, 0, 0))
        return BadUsage;

    ApplicationDraft draft;
    draft.company = arguments.value(QStringLiteral("company"));
    draft.title = arguments.value(QStringLiteral("title"));
    draft.source = arguments.value(QStringLiteral("source"));
    draft.url = arguments.value(QStringLiteral("url"));
    draft.location = arguments.value(QStringLiteral("location"));
    draft.notes = arguments.value(QStringLiteral("notes"));
    if (draft.company.trimmed().isEmpty())
        return context.usage(QStringLiteral("add"), QStringLiteral("--company is required and cannot be empty"));
    if (draft.title.trimmed().isEmpty())
        return context.usage(QStringLiteral("add"), QStringLiteral("--title is required and cannot be empty"));
    const bool saved = arguments.isSet(QStringLiteral("saved"));
    if (arguments.isSet(QStringLiteral("applied-on"))) {
        const QString text = arguments.value(QStringLiteral("applied-on"));
        draft.appliedOn = time::parseIsoDate(text);
        if (!draft.appliedOn)
            return context.usage(QStringLiteral("add"),
                                 QStringLiteral("--applied-on '%1' is not a date like 2026-01-31").arg(text));
        if (draft.appliedOn->year() > kLatestYear)
            return context.usage(QStringLiteral("add"),
                                 QStringLiteral("--applied-on '%1' is out of range (years 1 to %2)").arg(text).arg(kLatestYear));
    }
    if (arguments.isSet(QStringLiteral("jd-file"))) {
        // Read as match reads it: a regular file of bounded size (never /dev/zero or a pipe); .pdf and
        // .docx for their text, any other name as plain text.
        const QString path = arguments.value(QStringLiteral("jd-file"));
        const bool document = io::DocumentText::supportedSuffixes().contains(QFileInfo(path).suffix().toLower());
        const Result<QString> text = document ? io::DocumentText::read(path) : io::DocumentText::readPlainText(path);
        if (!text)
            return context.fail(QStringLiteral("cannot read the job description: %1").arg(text.message()));
        draft.jobDescription = text.value();
    }

    Database* db = context.database();
    if (!db)
        return Failed;
    // The first event is dated on the applied-on day (for a saved one too: that is when it was saved).
    std::optional<QDateTime> at;
    if (draft.appliedOn)
        at = QDateTime(*draft.appliedOn, QTime(0, 0), Qt::UTC);
    PipelineService pipeline(*db, context.clock());
    const Result<qint64> id = pipeline.create(draft, saved ? Stage::Saved : Stage::Applied, at);
    if (!id)
        return context.fail(id.error());
    context.out() << id.value() << '\n';
    return Done;
}

int runList(Context& context, const QStringList& args)
{
    Arguments arguments(QStringLiteral("list"), QString::fromLatin1(commandTable().at(1).synopsis));
    arguments.addValue(QStringLiteral("stage"), QStringLiteral("stage"), QString());
    arguments.addFlag(QStringLiteral("archived"), QStringLiteral("List archived applications instead of open ones."));
    if (!arguments.parse(context, args, 0, 0))
        return BadUsage;
    ApplicationQuery query;
    query.archivedOnly = arguments.isSet(QStringLiteral("archived"));
    if (arguments.isSet(QStringLiteral("stage"))) {
        query.stage = parseStage(context, QStringLiteral("list"), arguments.value(QStringLiteral("stage")));
        if (!query.stage)
            return BadUsage;
    }
    Database* db = context.database();
    if (!db)
        return Failed;
    const Result<QList<Application>> applications = ApplicationRepository(*db).list(query);
    if (!applications)
        return context.fail(applications.error());

    if (context.json()) {
        QJsonArray array;
        for (const Application& a : applications.value())
            array.append(toJson(a));
        context.printJson(QJsonDocument(array));
        return Done;
    }
    QTextStream& out = context.out();
    out << QStringLiteral("%1  %2  %3  %4  %5\n")
               .arg(QStringLiteral("ID"), 5)
               .arg(QStringLiteral("STAGE").leftJustified(9), QStringLiteral("COMPANY").leftJustified(24),
                    QStringLiteral("TITLE").leftJustified(32), QStringLiteral("APPLIED"));
    for (const Application& a : applications.value()) {
        out << QStringLiteral("%1  %2  %3  %4  %5\n")
                   .arg(a.id, 5)
                   .arg(stages::id(a.stage).leftJustified(9), elided(a.company, 24), elided(a.title, 32),
                        a.appliedOn ? time::toIsoDate(*a.appliedOn) : QStringLiteral("-"));
    }
    return Done;
}

int runMove(Context& context, const QStringList& args)
{
    Arguments arguments(QStringLiteral("move"), QString::fromLatin1(commandTable().at(2).synopsis));
    arguments.addValue(QStringLiteral("at"), QStringLiteral("time"), QString());
    arguments.addValue(QStringLiteral("interview-at"), QStringLiteral("time"), QString());
    if (!arguments.parse(context, args, 2, 2))
        return BadUsage;
    const QString command = QStringLiteral("move");
    const std::optional<qint64> id = parseId(context, command, arguments.positional().at(0), QStringLiteral("application"));
    if (!id)
        return BadUsage;
    const std::optional<Stage> stage = parseStage(context, command, arguments.positional().at(1));
    if (!stage)
        return BadUsage;
    std::optional<QDateTime> at;
    if (arguments.isSet(QStringLiteral("at"))) {
        at = parseTime(context, command, QStringLiteral("at"), arguments.value(QStringLiteral("at")));
        if (!at)
            return BadUsage;
    }
    std::optional<QDateTime> interviewAt;
    if (arguments.isSet(QStringLiteral("interview-at"))) {
        interviewAt = parseTime(context, command, QStringLiteral("interview-at"),
                                arguments.value(QStringLiteral("interview-at")));
        if (!interviewAt)
            return BadUsage;
        if (!stages::isInterview(*stage))
            return context.usage(command, QStringLiteral("--interview-at goes with an interview stage "
                                                         "(screen, technical, onsite, final)"));
    }
    Database* db = context.database();
    if (!db)
        return Failed;
    PipelineService pipeline(*db, context.clock());
    const Result<PipelineService::MoveOutcome> moved = pipeline.move(*id, *stage, at, interviewAt);
    if (!moved)
        return context.fail(moved.error());
    if (!context.json()) {
        if (moved->changed)
            context.out() << QStringLiteral("%1: %2 -> %3\n").arg(*id).arg(stages::id(moved->previous), stages::id(*stage));
        else
            context.out() << QStringLiteral("%1 is already %2; nothing changed\n").arg(*id).arg(stages::id(*stage));
    }
    return Done;
}

int runHistory(Context& context, const QStringList& args)
{
    Arguments arguments(QStringLiteral("history"), QString::fromLatin1(commandTable().at(3).synopsis));
    if (!arguments.parse(context, args, 1, 1))
        return BadUsage;
    const std::optional<qint64> id =
        parseId(context, QStringLiteral("history"), arguments.positional().at(0), QStringLiteral("application"));
    if (!id)
        return BadUsage;
    Database* db = context.database();
    if (!db)
        return Failed;
    const Result<QList<StageEvent>> events = PipelineService(*db, context.clock()).history(*id);
    if (!events)
        return context.fail(events.error());
    if (context.json()) {
        QJsonArray array;
        for (const StageEvent& e : events.value()) {
            array.append(QJsonObject{
                {QStringLiteral("id"), e.id},
                {QStringLiteral("previous"), e.previous ? QJsonValue(stages::id(*e.previous)) : QJsonValue()},
                {QStringLiteral("current"), stages::id(e.current)},
                {QStringLiteral("at"), time::toIso(e.at)},
                {QStringLiteral("reverts"), e.reverts ? QJsonValue(e.reverts) : QJsonValue()},
                {QStringLiteral("reverted_by"), e.revertedBy ? QJsonValue(e.revertedBy) : QJsonValue()},
            });
        }
        context.printJson(QJsonDocument(array));
        return Done;
    }
    for (const StageEvent& e : events.value()) {
        QString note;
        if (e.reverts)
            note = QStringLiteral("  (undo of event %1)").arg(e.reverts);
        else if (e.revertedBy)
            note = QStringLiteral("  (undone by event %1)").arg(e.revertedBy);
        context.out() << QStringLiteral("%1  ").arg(e.id, 5) << time::toIso(e.at) << "  "
                      << (e.previous ? stages::id(*e.previous) + QStringLiteral(" -> ") : QString())
                      << stages::id(e.current) << note << '\n';
    }
    return Done;
}

namespace {

// The compensating move of revert and undo, reported alike.
int reportRevert(Context& context, PipelineService& pipeline, qint64 eventId)
{
    const Result<PipelineService::MoveOutcome> undone = pipeline.revert(eventId);
    if (!undone)
        return context.fail(undone.error());
    if (!context.json())
        context.out() << QStringLiteral("event %1 undone: %2 -> %3 (event %4)\n")
                             .arg(eventId)
                             .arg(stages::id(undone->previous), stages::id(undone->current))
                             .arg(undone->eventId);
    return Done;
}

} // namespace

int runRevert(Context& context, const QStringList& args)
{
    Arguments arguments(QStringLiteral("revert"), QString::fromLatin1(commandSynopsis("revert")));
    if (!arguments.parse(context, args, 1, 1))
        return BadUsage;
    const std::optional<qint64> event =
        parseId(context, QStringLiteral("revert"), arguments.positional().at(0), QStringLiteral("event"));
    if (!event)
        return BadUsage;
    Database* db = context.database();
    if (!db)
        return Failed;
    PipelineService pipeline(*db, context.clock());
    return reportRevert(context, pipeline, *event);
}

int runUndo(Context& context, const QStringList& args)
{
    Arguments arguments(QStringLiteral("undo"), QString::fromLatin1(commandSynopsis("undo")));
    if (!arguments.parse(context, args, 1, 1))
        return BadUsage;
    const std::optional<qint64> id =
        parseId(context, QStringLiteral("undo"), arguments.positional().at(0), QStringLiteral("application"));
    if (!id)
        return BadUsage;
    Database* db = context.database();
    if (!db)
        return Failed;
    PipelineService pipeline(*db, context.clock());
    const Result<qint64> last = pipeline.lastRevertibleMove(*id);
    if (!last)
        return context.fail(last.error());
    return reportRevert(context, pipeline, *last);
}

} // namespace jobdeck::cli
