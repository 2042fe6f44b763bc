#include "Cli.h"

#include "pipeline/Stage.h"
#include "storage/Database.h"
#include "util/Clock.h"
#include "util/Time.h"

#include <QCoreApplication>

#include <cmath>
#include <cstdio>

namespace jobdeck::cli {

Context::Context(QString dbOption, bool json)
    : m_dbOption(std::move(dbOption)), m_json(json), m_out(stdout), m_err(stderr)
{
}

Context::~Context() = default;

Database* Context::database()
{
    if (m_database)
        return m_database.get();
    auto opened = Database::open(Database::resolvePath(m_dbOption));
    if (!opened) {
        fail(opened.message());
        return nullptr;
    }
    m_database = std::move(opened).value();
    return m_database.get();
}

const Clock& Context::clock() const { return SystemClock::instance(); }

void Context::printJson(const QJsonDocument& document)
{
    m_out << QString::fromUtf8(document.toJson(QJsonDocument::Compact)) << '\n';
    m_out.flush();
}

void Context::printJson(const QByteArray& compactJson)
{
    // Straight to stdout: a multi-megabyte line need not pass through a QString and back.
    m_out.flush();
    std::fwrite(compactJson.constData(), 1, size_t(compactJson.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

int Context::fail(const QString& reason, int code)
{
    QString line = reason;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    m_err << "jobdeck-cli: " << line << '\n';
    m_err.flush();
    return code;
}

int Context::usage(const QString& command, const QString& reason)
{
    return fail(QStringLiteral("%1: %2 (see 'jobdeck-cli --help')").arg(command, reason), BadUsage);
}

Arguments::Arguments(QString command, QString synopsis)
    : m_command(std::move(command)), m_synopsis(std::move(synopsis))
{
    m_parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
}

void Arguments::addValue(const QString& name, const QString& valueName, const QString& help)
{
    m_parser.addOption(QCommandLineOption(name, help, valueName));
}

void Arguments::addFlag(const QString& name, const QString& help)
{
    m_parser.addOption(QCommandLineOption(name, help));
}

bool Arguments::parse(Context& context, const QStringList& args, int minPositional, int maxPositional)
{
    if (!m_parser.parse(QStringList{QStringLiteral("jobdeck-cli")} + args)) {
        context.usage(m_command, m_parser.errorText());
        return false;
    }
    const qsizetype count = m_parser.positionalArguments().size();
    if (count < minPositional || count > maxPositional) {
        context.usage(m_command, QStringLiteral("usage: jobdeck-cli %1").arg(m_synopsis));
        return false;
    }
    return true;
}

std::optional<qint64> parseId(Context& context, const QString& command, const QString& text, const QString& what)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0) {
        context.usage(command, QStringLiteral("'%1' is not a valid %2 id").arg(text, what));
        return std::nullopt;
    }
    return id;
}

std::optional<Stage> parseStage(Context& context, const QString& command, const QString& text)
{
    const std::optional<Stage> stage = stages::fromId(text);
    if (!stage)
        context.usage(command, QStringLiteral("unknown stage '%1'; stages are %2").arg(text, stages::idList()));
    return stage;
}

std::optional<QDateTime> parseTime(Context& context, const QString& command, const QString& option,
                                   const QString& text)
{
    const std::optional<QDateTime> parsed = time::parseIso(text);
    if (!parsed) {
        context.usage(command, QStringLiteral("--%1 '%2' is not an ISO-8601 time (like 2026-01-31T09:00:00Z)")
                                   .arg(option, text));
        return parsed;
    }
    // Times are stored as four-digit years, and a move's reminders fall up to weeks later: keep clear of 9999.
    if (const int year = parsed->date().year(); year < 1 || year > kLatestYear) {
        context.usage(command, QStringLiteral("--%1 '%2' is out of range (years 1 to %3)").arg(option, text).arg(kLatestYear));
        return std::nullopt;
    }
    return parsed;
}

QJsonValue nullable(const QString& text) { return text.isEmpty() ? QJsonValue() : QJsonValue(text); }

double rounded(double value, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    return std::round(value * scale) / scale;
}

} // namespace jobdeck::cli
