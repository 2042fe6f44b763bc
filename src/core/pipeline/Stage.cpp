#include "pipeline/Stage.h"

#include <QCoreApplication>
#include <QStringList>

#include <array>

namespace jobdeck::stages {
namespace {

struct StageInfo
{
    Stage stage;
    const char* id;
    const char* name;
};

constexpr std::array<StageInfo, 11> kStages{{
    {Stage::Saved, "saved", QT_TRANSLATE_NOOP("Stage", "Saved")},
    {Stage::Applied, "applied", QT_TRANSLATE_NOOP("Stage", "Applied")},
    {Stage::Screen, "screen", QT_TRANSLATE_NOOP("Stage", "Screen")},
    {Stage::Technical, "technical", QT_TRANSLATE_NOOP("Stage", "Technical")},
    {Stage::Onsite, "onsite", QT_TRANSLATE_NOOP("Stage", "Onsite")},
    {Stage::Final, "final", QT_TRANSLATE_NOOP("Stage", "Final")},
    {Stage::Offer, "offer", QT_TRANSLATE_NOOP("Stage", "Offer")},
    {Stage::Accepted, "accepted", QT_TRANSLATE_NOOP("Stage", "Accepted")},
    {Stage::Rejected, "rejected", QT_TRANSLATE_NOOP("Stage", "Rejected")},
    {Stage::Withdrawn, "withdrawn", QT_TRANSLATE_NOOP("Stage", "Withdrawn")},
    {Stage::Ghosted, "ghosted", QT_TRANSLATE_NOOP("Stage", "Ghosted")},
}};

const StageInfo& info(Stage stage) { return kStages[static_cast<std::size_t>(stage)]; }

} // namespace

QString id(Stage stage) { return QString::fromLatin1(info(stage).id); }

std::optional<Stage> fromId(const QString& id)
{
    const QString wanted = id.trimmed().toLower();
    for (const StageInfo& s : kStages) {
        if (wanted == QLatin1String(s.id))
            return s.stage;
    }
    return std::nullopt;
}

QString displayName(Stage stage) { return QCoreApplication::translate("Stage", info(stage).name); }

int rank(Stage stage) { return isEnd(stage) ? -1 : static_cast<int>(stage); }

bool isEnd(Stage stage) { return static_cast<int>(stage) >= kPipelineCount; }

bool isInterview(Stage stage)
{
    return stage == Stage::Screen || stage == Stage::Technical || stage == Stage::Onsite || stage == Stage::Final;
}

QList<Stage> all()
{
    QList<Stage> result;
    for (const StageInfo& s : kStages)
        result.append(s.stage);
    return result;
}

QList<Stage> pipeline() { return all().mid(0, kPipelineCount); }

QString idList()
{
    QStringList ids;
    for (const StageInfo& s : kStages)
        ids.append(QString::fromLatin1(s.id));
    return ids.join(QStringLiteral(", "));
}

} // namespace jobdeck::stages
