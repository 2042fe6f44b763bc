#pragma once

// Unix file modes, the umask and hard links, for the tests of Jobdeck's private files. Where there are none
// (Windows), modeOf() returns -1 and the tests that need them skip (JOBDECK_SKIP_WITHOUT_FILE_MODES).
#include <QFile>
#include <QString>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#include <unistd.h>
#define JOBDECK_SKIP_WITHOUT_FILE_MODES() (void)0
#else
#include <filesystem>
#include <system_error>
#define JOBDECK_SKIP_WITHOUT_FILE_MODES() QSKIP("Unix file modes, links and umask only")
#endif

namespace jobdeck::test {

// What most desktops use: without care, new files would be readable by everyone.
inline void useUmask022()
{
#ifdef Q_OS_UNIX
    ::umask(022);
#endif
}

// The permission bits of a file or folder itself (a link is not followed), or -1.
inline int modeOf(const QString& path)
{
#ifdef Q_OS_UNIX
    struct stat st {};
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
#else
    Q_UNUSED(path)
    return -1;
#endif
}

inline bool hardLink(const QString& existing, const QString& link)
{
#ifdef Q_OS_UNIX
    return ::link(QFile::encodeName(existing).constData(), QFile::encodeName(link).constData()) == 0;
#else
    std::error_code error;
    std::filesystem::create_hard_link(std::filesystem::path(existing.toStdU16String()),
                                      std::filesystem::path(link.toStdU16String()), error);
    return !error;
#endif
}

} // namespace jobdeck::test
