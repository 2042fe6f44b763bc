#include "pipeline/SampleData.h"

#include "pipeline/PipelineService.h"
#include "storage/ResumeRepository.h"
#include "storage/TaskRepository.h"
#include "util/Clock.h"

#include <QRandomGenerator>
#include <QStringList>

#include <array>

namespace jobdeck {
namespace {

constexpr std::array kCompanies{
    "Northwind Labs", "Aster Analytics", "Bluefin Robotics", "Cobalt Health", "Driftwood Games", "Evergreen Energy",
    "Fjord Systems", "Granite Bank", "Harbor Logistics", "Ion Mobility", "Juniper Studio", "Kestrel Security",
    "Lumen Optics", "Maple Commerce", "Nimbus Cloud", "Orbit Space", "Pinecone Data", "Quill Media",
    "Riverbed Foods", "Summit Travel", "Tidal Audio", "Umbra Devices", "Vertex Finance", "Willow Education",
    "Xylo Music", "Yarrow Bio", "Zephyr Air", "Acorn Insurance", "Beacon Maps", "Cinder Tools"};

struct Role
{
    const char* title;
    const char* skills;
};

constexpr std::array kRoles{
    Role{"Senior C++ Engineer", "C++20, Qt, CMake, multithreading, Linux, performance profiling"},
    Role{"Backend Engineer", "Python, PostgreSQL, REST APIs, Docker, Kubernetes, observability"},
    Role{"Data Engineer", "SQL, Spark, Airflow, Python, data modelling, dbt"},
    Role{"Frontend Developer", "TypeScript, React, CSS, accessibility, testing, design systems"},
    Role{"Machine Learning Engineer", "Python, PyTorch, MLOps, feature stores, experimentation"},
    Role{"Site Reliability Engineer", "Kubernetes, Terraform, Prometheus, incident response, Go"},
    Role{"Embedded Software Engineer", "C, C++, RTOS, embedded Linux, drivers, hardware bring-up"},
    Role{"Product Engineer", "TypeScript, Node.js, product sense, SQL, experimentation"},
    Role{"Engineering Manager", "people leadership, hiring, delivery, architecture, stakeholder management"},
    Role{"Desktop Application Developer", "Qt, C++, QML, cross-platform packaging, UI performance"}};

constexpr std::array kSources{"LinkedIn", "Referral", "Company site", "Indeed", "Recruiter", "", "Hacker News"};
constexpr std::array kLocations{"Berlin", "Remote", "Amsterdam", "London", "Lisbon", "Remote (EU)", "Munich"};
constexpr std::array kNotes{"", "", "Met the team lead at a meetup.", "Salary band published.",
                            "Strong remote culture.", "Asked about visa sponsorship.", ""};

// Chance, in percent, that an application moves on from each pipeline stage (saved..offer).
constexpr std::array kAdvancePct{70, 50, 66, 62, 66, 60, 60};

template <typename T, std::size_t N>
const T& pick(QRandomGenerator& random, const std::array<T, N>& values)
{
    return values[random.bounded(static_cast<quint32>(N))];
}

QString jobDescription(const Role& role, const QString& company, const QString& location)
{
    return QStringLiteral("%1 is hiring a %2 (%3).\n\nYou will design, build and ship features end to end, "
                          "review code and mentor colleagues.\n\nRequirements: %4.\n\nNice to have: "
                          "open-source contributions, clear writing, curiosity.")
        .arg(company, QString::fromLatin1(role.title), location, QString::fromLatin1(role.skills));
}

// The demo's resume, so the match page has something to score.
const char* const kSampleResume =
    "Alex Morgan - Software Engineer\n\n"
    "Summary: eight years building desktop and backend software in C++ and Python; shipped cross-platform "
    "Qt applications used by thousands of people.\n\n"
    "Experience: Senior C++ Engineer at Lumen Optics (2021-2026): led a Qt 6 desktop app, C++20, CMake, "
    "multithreading, performance profiling on Linux, unit testing with Qt Test, code review and mentoring. "
    "Software Engineer at Harbor Logistics (2018-2021): Python and PostgreSQL services, REST APIs, Docker, "
    "CI pipelines.\n\n"
    "Skills: C++, C++20, Qt, QML, CMake, Python, SQL, PostgreSQL, SQLite, Linux, Git, Docker, REST APIs, "
    "testing, profiling, technical writing.";

Stage endFor(QRandomGenerator& random)
{
    const quint32 roll = random.bounded(100U);
    if (roll < 60)
        return Stage::Rejected;
    return roll < 88 ? Stage::Ghosted : Stage::Withdrawn;
}

} // namespace

Result<int> SampleData::load(PipelineService& pipeline, const Database& database, const Options& options)
{
    QRandomGenerator random(options.seed);
    const QDateTime now = pipeline.clock().now();
    const TaskRepository tasks(database);
    int created = 0;
    for (int i = 0; i < options.applications; ++i) {
        const Role& role = pick(random, kRoles);
        const QString company = QString::fromLatin1(pick(random, kCompanies));
        ApplicationDraft draft;
        draft.company = company;
        draft.title = QString::fromLatin1(role.title);
        draft.source = QString::fromLatin1(pick(random, kSources));
        draft.location = QString::fromLatin1(pick(random, kLocations));
        draft.notes = QString::fromLatin1(pick(random, kNotes));
        draft.salary = QStringLiteral("%1k").arg(55 + random.bounded(60U));
        draft.url = QStringLiteral("https://jobs.example.com/%1").arg(i + 1);
        draft.jobDescription = jobDescription(role, company, draft.location);

        // Spread over the last ~26 weeks, more of them recent.
        const qint64 ageSecs = qint64(random.bounded(150U * 24U)) * 3600;
        QDateTime at = now.addSecs(-ageSecs - 3600);
        const bool saved = random.bounded(100U) < 8;
        const Result<qint64> id = pipeline.create(draft, saved ? Stage::Saved : Stage::Applied, at);
        if (!id)
            return id.error();
        ++created;

        Stage stage = saved ? Stage::Saved : Stage::Applied;
        int waits = 0;
        while (!stages::isEnd(stage) && stage != Stage::Accepted) {
            const QDateTime next = at.addSecs(qint64(random.bounded(3U, 12U)) * 86400 + random.bounded(36000U));
            if (next >= now)
                break; // still waiting in this stage
            const bool advances = random.bounded(100U) < quint32(kAdvancePct[std::size_t(stages::rank(stage))]);
            // Hiring is slow: often there is simply no news yet, and the application waits longer.
            if (!advances && waits < 3 && random.bounded(100U) < 55) {
                ++waits;
                at = next;
                continue;
            }
            waits = 0;
            const Stage to = advances ? static_cast<Stage>(stages::rank(stage) + 1) : endFor(random);
            if (!advances && stage == Stage::Saved)
                break; // saved jobs are mostly just left there
            if (const auto moved = pipeline.move(*id, to, next); !moved)
                return moved.error();
            stage = to;
            at = next;
        }

        const Result<QList<FollowUpTask>> open = tasks.forApplication(*id);
        if (!open)
            return open.error();
        for (const FollowUpTask& task : open.value()) {
            if (task.status == TaskStatus::Pending && task.dueAt < now.addDays(-2)) {
                if (const Status done = tasks.complete(task.id, task.dueAt.addSecs(7200)); !done)
                    return done.error();
            }
        }
    }
    const ResumeRepository resumes(database);
    if (const Result<QList<Resume>> existing = resumes.list(); existing && existing->isEmpty()) {
        if (const Result<qint64> added = resumes.add(QStringLiteral("Alex Morgan"), QStringLiteral("alex-morgan.txt"),
                                                     QString::fromLatin1(kSampleResume), now);
            !added)
            return added.error();
    }
    return created;
}

} // namespace jobdeck
