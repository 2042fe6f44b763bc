#include "io/PrivateFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>

#include <cerrno>
#include <cstring>
#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#else
#include <filesystem>
#include <system_error>
#endif

namespace jobdeck::io {
namespace {

[[maybe_unused]] QString reasonOf(int error) { return QString::fromLocal8Bit(std::strerror(error)); }

#ifdef Q_OS_UNIX
QByteArray native(const QString& path) { return QFile::encodeName(path); }

// Retries a system call interrupted by a signal.
template <typename F>
auto retry(F call)
{
    decltype(call()) result;
    do {
        result = call();
    } while (result == -1 && errno == EINTR);
    return result;
}
#endif

#ifndef Q_OS_UNIX
std::filesystem::path fsPath(const QString& path) { return std::filesystem::path(path.toStdU16String()); }
#endif

} // namespace

PrivateFile::PrivateFile(QString path, int fd) : m_path(std::move(path)), m_fd(fd) {}

PrivateFile::~PrivateFile()
{
    if (!m_published)
        QFile::remove(m_path);
    closeFile();
}

void PrivateFile::closeFile()
{
#ifdef Q_OS_UNIX
    if (m_fd >= 0)
        ::close(m_fd);
#endif
    m_fd = -1;
}

Result<std::unique_ptr<PrivateFile>> PrivateFile::create(const QString& folder, const QString& name)
{
    const QDir dir(folder);
    if (!dir.exists())
        return failure(tr("The folder '%1' does not exist.").arg(folder));
    for (int attempt = 0; attempt < 100; ++attempt) {
        const QString path =
            dir.absoluteFilePath(QStringLiteral("%1.%2.partial")
                                     .arg(name)
                                     .arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0')));
#ifdef Q_OS_UNIX
        // O_EXCL and O_NOFOLLOW: never an existing file, never through a link planted under the name.
        const int fd = retry(
            [&] { return ::open(native(path).constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600); });
        if (fd < 0) {
            if (errno == EEXIST)
                continue;
            return failure(tr("Cannot create a file in '%1': %2.").arg(folder, reasonOf(errno)));
        }
        // The umask cannot widen 0600, but an inherited default ACL could: say it once more.
        ::fchmod(fd, 0600);
        // Tells a cleaner in another process that this file is still being written.
        retry([&] { return ::flock(fd, LOCK_EX); });
        return std::unique_ptr<PrivateFile>(new PrivateFile(path, fd));
#else
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
            if (QFileInfo::exists(path))
                continue;
            return failure(tr("Cannot create a file in '%1': %2.").arg(folder, file.errorString()));
        }
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.close();
        return std::unique_ptr<PrivateFile>(new PrivateFile(path, -1));
#endif
    }
    return failure(tr("Cannot create a file in '%1'.").arg(folder));
}

Status PrivateFile::write(const QByteArray& bytes)
{
#ifdef Q_OS_UNIX
    qsizetype done = 0;
    while (done < bytes.size()) {
        const ssize_t n = retry([&] { return ::write(m_fd, bytes.constData() + done, size_t(bytes.size() - done)); });
        if (n < 0)
            return failure(tr("Cannot write '%1': %2.").arg(m_path, reasonOf(errno)));
        done += n;
    }
    return {};
#else
    QFile file(m_path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Append) || file.write(bytes) != bytes.size())
        return failure(tr("Cannot write '%1': %2.").arg(m_path, file.errorString()));
    return {};
#endif
}

Status PrivateFile::copyFrom(const QString& source)
{
    QFile in(source);
    if (!in.open(QIODevice::ReadOnly))
        return failure(tr("Cannot read '%1': %2.").arg(source, in.errorString()));
    while (!in.atEnd()) {
        const QByteArray chunk = in.read(1 << 20);
        if (chunk.isEmpty() && in.error() != QFileDevice::NoError)
            return failure(tr("Cannot read '%1': %2.").arg(source, in.errorString()));
        if (Status written = write(chunk); !written)
            return written;
    }
    return {};
}

Status PrivateFile::sync()
{
#ifdef Q_OS_UNIX
    if (retry([&] { return ::fsync(m_fd); }) != 0)
        return failure(tr("Cannot write '%1' to disk: %2.").arg(m_path, reasonOf(errno)));
#endif
    return {};
}

Result<bool> PrivateFile::publishNew(const QString& destination)
{
#ifdef Q_OS_UNIX
    // link() fails on an existing name (a file, a dangling link) instead of replacing it, atomically.
    if (::link(native(m_path).constData(), native(destination).constData()) == 0) {
        ::unlink(native(m_path).constData());
        m_published = true;
        return true;
    }
    if (errno == EEXIST)
        return false;
    const int linkError = errno;
    // A file system without hard links (FAT, some network shares): renameat2's no-replace, else a check
    // first (the small race there is the price of such a file system).
    if (linkError == EPERM || linkError == EOPNOTSUPP || linkError == EMLINK) {
#ifdef Q_OS_LINUX
        if (::renameat2(AT_FDCWD, native(m_path).constData(), AT_FDCWD, native(destination).constData(),
                        RENAME_NOREPLACE) == 0) {
            m_published = true;
            return true;
        }
        if (errno == EEXIST)
            return false;
        if (errno == EINVAL || errno == ENOSYS) {
#else
        {
#endif
            struct stat st {};
            if (::lstat(native(destination).constData(), &st) == 0)
                return false;
            if (::rename(native(m_path).constData(), native(destination).constData()) == 0) {
                m_published = true;
                return true;
            }
        }
    }
    return failure(tr("Cannot write '%1': %2.").arg(destination, reasonOf(errno)));
#else
    if (QFileInfo::exists(destination) || QFileInfo(destination).isSymLink())
        return false;
    closeFile();
    if (!QFile::rename(m_path, destination))
        return failure(tr("Cannot write '%1'.").arg(destination));
    m_published = true;
    return true;
#endif
}

Status PrivateFile::publishOver(const QString& destination)
{
#ifndef Q_OS_UNIX
    closeFile();
#endif
#ifdef Q_OS_UNIX
    if (::rename(native(m_path).constData(), native(destination).constData()) != 0)
        return failure(tr("Cannot write '%1': %2.").arg(destination, reasonOf(errno)));
#else
    // MoveFileEx with MOVEFILE_REPLACE_EXISTING underneath: one step, as rename() is on Unix.
    std::error_code error;
    std::filesystem::rename(fsPath(m_path), fsPath(destination), error);
    if (error)
        return failure(tr("Cannot write '%1': %2.").arg(destination, QString::fromLocal8Bit(error.message())));
#endif
    m_published = true;
    return {};
}

void PrivateFile::removeStale(const QString& folder, const QString& prefix, int maxAgeSecs)
{
    const QDir dir(folder);
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-maxAgeSecs);
    const QStringList names =
        dir.entryList({prefix + QStringLiteral("*.partial")}, QDir::Files | QDir::Hidden | QDir::NoSymLinks);
    for (const QString& name : names) {
        const QString path = dir.filePath(name);
        if (QFileInfo(path).lastModified().toUTC() > before)
            continue;
#ifdef Q_OS_UNIX
        // Old but still locked: a long copy in progress, left alone.
        const int fd = retry([&] { return ::open(native(path).constData(), O_RDONLY | O_NOFOLLOW | O_CLOEXEC); });
        if (fd < 0)
            continue;
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0)
            ::unlink(native(path).constData());
        ::close(fd);
#else
        QFile::remove(path); // fails while the writer has the file open
#endif
    }
}

void PrivateFile::syncFolder(const QString& folder)
{
#ifdef Q_OS_UNIX
    const int fd = retry([&] { return ::open(native(folder).constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); });
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
#else
    Q_UNUSED(folder)
#endif
}

bool PrivateFile::sameFile(const QString& a, const QString& b)
{
#ifdef Q_OS_UNIX
    struct stat sa {};
    struct stat sb {};
    if (::stat(native(a).constData(), &sa) == 0 && ::stat(native(b).constData(), &sb) == 0)
        return sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
#endif
    // A missing file: compare where the names point, through their folders' real paths.
    const auto canonical = [](const QString& path) {
        const QFileInfo info(path);
        const QString folder = info.absoluteDir().canonicalPath();
        return folder.isEmpty() ? info.absoluteFilePath() : QDir(folder).filePath(info.fileName());
    };
    return canonical(a) == canonical(b);
}

Status PrivateFile::makePrivateFolder(const QString& folder)
{
    const QString absolute = QFileInfo(folder).absoluteFilePath();
    QStringList missing;
    for (QString path = absolute; !QFileInfo::exists(path) && !QDir(path).isRoot();
         path = QFileInfo(path).absolutePath())
        missing.prepend(path);
    if (!QDir().mkpath(absolute))
        return failure(tr("Cannot create the folder '%1'.").arg(folder));
    missing.append(absolute);
    for (const QString& path : std::as_const(missing))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return {};
}

bool PrivateFile::hardLink(const QString& existing, const QString& link)
{
#ifdef Q_OS_UNIX
    return ::link(native(existing).constData(), native(link).constData()) == 0;
#else
    std::error_code error;
    std::filesystem::create_hard_link(fsPath(existing), fsPath(link), error);
    return !error;
#endif
}

} // namespace jobdeck::io
