#include "io/StatusMapping.h"

#include <array>
#include <QHash>
#include <QRegularExpression>

namespace jobdeck::io {
namespace {

QString normalised(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[_\\-./]+"));
    QString result = text.trimmed().toLower();
    result.replace(separators, QStringLiteral(" "));
    return result.simplified();
}

// Statuses as Teal, Huntr, LinkedIn and hand-made sheets write them.
const QHash<QString, Stage>& known()
{
    static const QHash<QString, Stage> table = [] {
        QHash<QString, Stage> t;
        const auto add = [&t](Stage stage, std::initializer_list<const char*> names) {
            for (const char* name : names)
                t.insert(QString::fromLatin1(name), stage);
        };
        add(Stage::Saved, {"saved", "wishlist", "wish list", "bookmarked", "interested", "to apply",
                           "planned", "considering", "draft", "not applied", "prospect"});
        add(Stage::Applied, {"applied", "applying", "application sent", "submitted", "sent", "in review",
                             "under review", "pending", "waiting"});
        add(Stage::Screen,
            {"screen", "screening", "phone screen", "phone", "recruiter screen", "recruiter call",
             "hr screen", "hr interview", "first interview", "initial call", "intro call"});
        add(Stage::Technical,
            {"technical", "technical interview", "tech interview", "tech screen", "technical screen",
             "coding interview", "take home", "assessment", "case study", "assignment", "test"});
        add(Stage::Onsite, {"onsite", "on site", "interview", "interviewing", "interviews",
                            "second interview", "panel", "panel interview", "virtual onsite"});
        add(Stage::Final, {"final", "final round", "final interview", "last round", "references"});
        add(Stage::Offer, {"offer", "offered", "offer received", "negotiating", "negotiation"});
        add(Stage::Accepted, {"accepted", "offer accepted", "hired", "signed"});
        add(Stage::Rejected, {"rejected", "rejection", "declined", "not selected", "no offer", "closed",
                              "turned down", "unsuccessful", "denied"});
        add(Stage::Withdrawn, {"withdrawn", "withdrew", "withdraw", "not interested", "archived",
                               "offer declined", "declined offer"});
        add(Stage::Ghosted, {"ghosted", "no response", "no reply", "no answer", "expired"});
        return t;
    }();
    return table;
}

struct Keyword
{
    const char* word;
    Stage stage;
};

// For statuses nobody listed: the first keyword found decides ("2nd round interview" -> onsite).
constexpr std::array<Keyword, 13> kKeywords{{
    {"reject", Stage::Rejected},
    {"declin", Stage::Rejected},
    {"withdr", Stage::Withdrawn},
    {"ghost", Stage::Ghosted},
    {"accept", Stage::Accepted},
    {"offer", Stage::Offer},
    {"final", Stage::Final},
    {"onsite", Stage::Onsite},
    {"technical", Stage::Technical},
    {"coding", Stage::Technical},
    {"screen", Stage::Screen},
    {"interview", Stage::Onsite},
    {"appl", Stage::Applied},
}};

} // namespace

MappedStatus StatusMapping::map(const QString& text)
{
    const QString key = normalised(text);
    if (key.isEmpty())
        return {Stage::Applied, true};
    if (const std::optional<Stage> stage = stages::fromId(key))
        return {*stage, true};
    if (const auto it = known().constFind(key); it != known().constEnd())
        return {*it, true};
    for (const Keyword& keyword : kKeywords) {
        if (key.contains(QLatin1String(keyword.word)))
            return {keyword.stage, false};
    }
    return {Stage::Applied, false};
}

} // namespace jobdeck::io
