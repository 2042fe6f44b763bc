#pragma once

#include "util/Result.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>
#include <optional>

namespace jobdeck {

class Clock;
class Database;
enum class Stage;

namespace cli {

// Exit statuses promised by cli.md.
enum ExitCode { Done = 0, Failed = 1, BadUsage = 2 };

// What every command gets: the streams, --json, and the database, opened only once the command's
// arguments have parsed (a usage error never creates or touches a file).
class Context
{
public:
    Context(QString dbOption, bool json);
    ~Context();

    bool json() const { return m_json; }
    const QString& dbOption() const { return m_dbOption; }
    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }

    // Opens the database on first call; on failure prints the reason and returns nullptr.
    Database* database();
    const Clock& clock() const;

    // Prints one JSON document on stdout.
    void printJson(const QJsonDocument& document);
    // Prints one compact JSON document already written as UTF-8 bytes (JsonWriter), and a newline.
    void printJson(const QByteArray& compactJson);
    // "jobdeck-cli: reason" on stderr; returns the code to exit with.
    int fail(const QString& reason, int code = Failed);
    int fail(const Error& error) { return fail(error.message, Failed); }
    int usage(const QString& command, const QString& reason);

private:
    QString m_dbOption;
    bool m_json = false;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_database;
};

// A command's own options: parse() returns false after printing a usage error.
class Arguments
{
public:
    Arguments(QString command, QString synopsis);
    void addValue(const QString& name, const QString& valueName, const QString& help);
    void addFlag(const QString& name, const QString& help);
    bool parse(Context& context, const QStringList& args, int minPositional, int maxPositional);

    bool isSet(const QString& name) const { return m_parser.isSet(name); }
    QString value(const QString& name) const { return m_parser.value(name); }
    QStringList positional() const { return m_parser.positionalArguments(); }
    const QString& command() const { return m_command; }
    const QString& synopsis() const { return m_synopsis; }

private:
    QString m_command;
    QString m_synopsis;
    QCommandLineParser m_parser;
};

// Value parsers that print a usage error (exit 2) and return nothing on bad input.
std::optional<qint64> parseId(Context& context, const QString& command, const QString& text, const QString& what);
std::optional<Stage> parseStage(Context& context, const QString& command, const QString& text);
// The last year a time or date given on the command line may fall in: times are stored with four-digit years,
// and a move's reminders fall up to weeks after it.
constexpr int kLatestYear = 9000;
std::optional<QDateTime> parseTime(Context& context, const QString& command, const QString& option,
                                   const QString& text);

using CommandFunction = int (*)(Context&, const QStringList&);

struct Command
{
    const char* name;
    const char* synopsis;
    CommandFunction run;
};

// Every command, in the order `--help` lists them.
const QList<Command>& commandTable();
// A command's synopsis by name (so a command need not know its row in the table).
const char* commandSynopsis(const char* name);

// The commands, one function each, defined in their area's file.
int runAdd(Context& context, const QStringList& args);
int runList(Context& context, const QStringList& args);
int runMove(Context& context, const QStringList& args);
int runHistory(Context& context, const QStringList& args);
int runTasks(Context& context, const QStringList& args);
int runDone(Context& context, const QStringList& args);
int runSnooze(Context& context, const QStringList& args);
int runAnalytics(Context& context, const QStringList& args);
int runMatch(Context& context, const QStringList& args);
int runRank(Context& context, const QStringList& args);
int runImport(Context& context, const QStringList& args);
int runExport(Context& context, const QStringList& args);
int runBackup(Context& context, const QStringList& args);
int runRestore(Context& context, const QStringList& args);
int runRevert(Context& context, const QStringList& args);
int runUndo(Context& context, const QStringList& args);
int runServer(Context& context, const QStringList& args);
int runCopy(Context& context, const QStringList& args);

// A value for JSON that is null when empty.
QJsonValue nullable(const QString& text);
// Rounds to `decimals` places, for figures meant to be read.
double rounded(double value, int decimals);

} // namespace cli
} // namespace jobdeck
