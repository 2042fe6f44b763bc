#pragma once

// A throwaway PostgreSQL cluster for a test: initdb in a temporary folder, started on a free port on
// 127.0.0.1 with trust authentication, always stopped again. Run as root (a container's CI), the server runs
// as `nobody` (PostgreSQL refuses root). Header-only so any test can include it without a CMake change.

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStringList>
#include <QTemporaryDir>

#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

namespace jobdeck {

class PgTestCluster
{
public:
    static constexpr const char* kSuperuser = "jobdeck_test";

    PgTestCluster() = default;
    PgTestCluster(const PgTestCluster&) = delete;
    PgTestCluster& operator=(const PgTestCluster&) = delete;
    ~PgTestCluster() { stop(); }

    // The newest installed server's bin folder, or empty when PostgreSQL is not installed.
    static QString binDir()
    {
        if (const QString env = qEnvironmentVariable("JOBDECK_PG_BIN"); !env.isEmpty())
            return QFileInfo::exists(env + QStringLiteral("/initdb")) ? env : QString();
        QDir root(QStringLiteral("/usr/lib/postgresql"));
        QStringList versions = root.entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        std::sort(versions.begin(), versions.end(),
                  [](const QString& a, const QString& b) { return a.toDouble() > b.toDouble(); });
        for (const QString& version : versions) {
            const QString bin = root.filePath(version + QStringLiteral("/bin"));
            if (QFileInfo::exists(bin + QStringLiteral("/initdb")) && QFileInfo::exists(bin + QStringLiteral("/pg_ctl")))
                return bin;
        }
        return {};
    }

    // Creates and starts the cluster; false with error() set when that fails.
    bool start()
    {
        m_bin = binDir();
        if (m_bin.isEmpty()) {
            m_error = QStringLiteral("PostgreSQL is not installed");
            return false;
        }
        if (!m_dir.isValid()) {
            m_error = QStringLiteral("no temporary folder");
            return false;
        }
        m_asNobody = ::geteuid() == 0;
        if (m_asNobody) {
            const passwd* nobody = ::getpwnam("nobody");
            if (!nobody || ::chown(QFile::encodeName(m_dir.path()).constData(), nobody->pw_uid, nobody->pw_gid) != 0) {
                m_error = QStringLiteral("cannot hand the cluster folder to the user nobody");
                return false;
            }
        }
        if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-U"),
                                             QString::fromLatin1(kSuperuser), QStringLiteral("--auth=trust"),
                                             QStringLiteral("-E"), QStringLiteral("UTF8"),
                                             QStringLiteral("--locale=C"), QStringLiteral("--no-sync")}))
            return false;
        for (int attempt = 0; attempt < 6; ++attempt) {
            m_port = static_cast<int>(QRandomGenerator::global()->bounded(20000, 60000));
            const QString options = QStringLiteral("-k %1 -c listen_addresses=127.0.0.1 -p %2 -c fsync=off")
                                        .arg(m_dir.path())
                                        .arg(m_port);
            if (run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(), QStringLiteral("-l"),
                                                m_dir.filePath(QStringLiteral("server.log")), QStringLiteral("-w"),
                                                QStringLiteral("-t"), QStringLiteral("30"), QStringLiteral("-o"),
                                                options, QStringLiteral("start")})) {
                m_running = true;
                return true;
            }
        }
        return false; // the port was taken six times, or the server does not start: error() says
    }

    void stop()
    {
        if (!m_running)
            return;
        m_running = false;
        run(QStringLiteral("pg_ctl"),
            {QStringLiteral("-D"), dataDir(), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("-w"),
             QStringLiteral("stop")});
    }

    bool isRunning() const { return m_running; }
    QString error() const { return m_error; }
    int port() const { return m_port; }
    QString host() const { return QStringLiteral("127.0.0.1"); }
    QString folder() const { return m_dir.path(); }

    // A libpq URI for `user` on `database`.
    QString uri(const QString& user = QString::fromLatin1(kSuperuser),
                const QString& database = QStringLiteral("postgres")) const
    {
        return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host()).arg(m_port).arg(database);
    }

    // A QPSQL connection named `name` (the caller removes it), opened as `user`.
    QSqlDatabase connect(const QString& name, const QString& user = QString::fromLatin1(kSuperuser),
                         const QString& database = QStringLiteral("postgres")) const
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(host());
        db.setPort(m_port);
        db.setUserName(user);
        db.setDatabaseName(database);
        db.open();
        return db;
    }

    // Runs SQL through psql (a separate process and connection); false with error() on failure.
    bool psql(const QString& sql, const QString& user = QString::fromLatin1(kSuperuser),
              const QString& database = QStringLiteral("postgres"))
    {
        QProcess process;
        process.start(m_bin + QStringLiteral("/psql"),
                      {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
                       QStringLiteral("-h"), host(), QStringLiteral("-p"), QString::number(m_port),
                       QStringLiteral("-U"), user, QStringLiteral("-d"), database, QStringLiteral("-c"), sql});
        if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            m_error = QString::fromLocal8Bit(process.readAllStandardError());
            return false;
        }
        return true;
    }

private:
    QString dataDir() const { return m_dir.filePath(QStringLiteral("data")); }

    bool run(const QString& tool, const QStringList& arguments)
    {
        QProcess process;
        process.setWorkingDirectory(m_dir.path());
        process.setProcessChannelMode(QProcess::MergedChannels);
        const QString program = m_bin + QLatin1Char('/') + tool;
        if (m_asNobody)
            process.start(QStringLiteral("runuser"), QStringList{QStringLiteral("-u"), QStringLiteral("nobody"),
                                                                 QStringLiteral("--"), program} + arguments);
        else
            process.start(program, arguments);
        if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
            m_error = QStringLiteral("%1 failed: %2").arg(tool, QString::fromLocal8Bit(process.readAll()).trimmed());
            return false;
        }
        return true;
    }

    QTemporaryDir m_dir;
    QString m_bin;
    QString m_error;
    int m_port = 0;
    bool m_asNobody = false;
    bool m_running = false;
};

} // namespace jobdeck
