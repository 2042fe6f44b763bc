#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace jobdeck::test {

// One run of a program (mostly the real jobdeck-cli, JOBDECK_CLI_PATH, defined for every test executable): its
// exit code and both outputs as bytes. A run that crashes or does not finish in time keeps code -1, which
// every caller's check on the code then reports; err says that it timed out.
struct CliRun
{
    int code = -1;
    bool crashed = false;
    bool timedOut = false;
    QByteArray out;
    QByteArray err;

    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

inline CliRun runProgram(const QString& program, const QStringList& args,
                         const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                         int timeoutMs = 60000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        CliRun run;
        run.timedOut = true;
        run.err = QByteArrayLiteral("timed out after ") + QByteArray::number(timeoutMs) + QByteArrayLiteral(" ms");
        return run;
    }
    CliRun run;
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.code = run.crashed ? -1 : process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

inline CliRun runCli(const QStringList& args,
                     const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                     int timeoutMs = 60000)
{
    return runProgram(QStringLiteral(JOBDECK_CLI_PATH), args, env, timeoutMs);
}

// runCli with `--db database` in front of the arguments.
inline CliRun runCliOn(const QString& database, const QStringList& args,
                       const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment(),
                       int timeoutMs = 60000)
{
    return runCli(QStringList{QStringLiteral("--db"), database} + args, env, timeoutMs);
}

} // namespace jobdeck::test
