// The fortified inline wrappers of <fcntl.h> would clash with the interposers defined here, and they only
// forward to the functions this file replaces anyway.
#undef _FORTIFY_SOURCE

#include "storage/SqliteFileGuard.h"

#include <QFile>
#include <QtGlobal>

#include <atomic>

#ifdef Q_OS_LINUX

#include <sqlite3.h>

#include <dlfcn.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdarg>
#include <cstdio>
#include <mutex>
#include <unordered_map>

namespace {

struct FileId
{
    dev_t device;
    ino_t inode;
    bool operator==(const FileId& other) const { return device == other.device && inode == other.inode; }
};

struct FileIdHash
{
    size_t operator()(const FileId& id) const noexcept
    {
        return std::hash<unsigned long long>()(static_cast<unsigned long long>(id.inode) * 1000003ULL
                                               ^ static_cast<unsigned long long>(id.device));
    }
};

// Open descriptors SQLite holds; the gate does no work while this is zero (the common case before a
// database is opened, and in processes that never open one).
std::atomic<long> g_sqliteDescriptors{0};
std::atomic<bool> g_active{false};
std::atomic<quint64> g_refused{0};

std::mutex& heldMutex()
{
    static std::mutex mutex;
    return mutex;
}

// Descriptors SQLite holds per file. Never destroyed: opens can still arrive while statics are torn down.
std::unordered_map<FileId, int, FileIdHash>& heldFiles()
{
    static auto* files = new std::unordered_map<FileId, int, FileIdHash>();
    return *files;
}

bool heldBySqlite(const struct stat& st)
{
    if (!S_ISREG(st.st_mode))
        return false;
    const std::lock_guard<std::mutex> lock(heldMutex());
    return heldFiles().count(FileId{st.st_dev, st.st_ino}) != 0;
}

// True (with errno set) when path names a file SQLite holds open in this process.
bool refuse(int directory, const char* path)
{
    if (g_sqliteDescriptors.load(std::memory_order_acquire) == 0 || path == nullptr)
        return false;
    struct stat st;
    if (::fstatat(directory, path, &st, 0) != 0 || !heldBySqlite(st))
        return false;
    g_refused.fetch_add(1, std::memory_order_relaxed);
    errno = EACCES;
    return true;
}

template <typename Function>
Function nextDefinition(const char* name)
{
    return reinterpret_cast<Function>(::dlsym(RTLD_NEXT, name));
}

using OpenFunction = int (*)(const char*, int, ...);
using OpenAtFunction = int (*)(int, const char*, int, ...);
using FortifiedOpenFunction = int (*)(const char*, int);
using FortifiedOpenAtFunction = int (*)(int, const char*, int);
using FopenFunction = FILE* (*)(const char*, const char*);
using CreatFunction = int (*)(const char*, mode_t);

bool needsMode(int flags)
{
    return (flags & O_CREAT) != 0 || (flags & O_TMPFILE) == O_TMPFILE;
}

// SQLite's own open and close, installed in its unix VFS's system-call table: they count what SQLite holds.
void track(int descriptor, int delta)
{
    struct stat st;
    if (::fstat(descriptor, &st) != 0)
        return;
    const FileId id{st.st_dev, st.st_ino};
    const std::lock_guard<std::mutex> lock(heldMutex());
    auto& files = heldFiles();
    if (delta > 0) {
        ++files[id];
        g_sqliteDescriptors.fetch_add(1, std::memory_order_release);
        return;
    }
    const auto it = files.find(id);
    if (it == files.end())
        return;
    if (--it->second == 0)
        files.erase(it);
    g_sqliteDescriptors.fetch_sub(1, std::memory_order_release);
}

int sqliteOpen(const char* path, int flags, int mode)
{
    static const auto real = nextDefinition<OpenFunction>("open64");
    const int descriptor = real(path, flags, mode);
    if (descriptor >= 0)
        track(descriptor, +1);
    return descriptor;
}

int sqliteClose(int descriptor)
{
    track(descriptor, -1);
    return ::close(descriptor);
}

} // namespace

// The interposers. The executable exports them (see src/core/CMakeLists.txt), so every library in the
// process, Qt's file dialogs and MIME sniffing included, calls these before the C library's.
extern "C" {

#define JOBDECK_MODE_ARGUMENT(flags)                                                                                \
    mode_t mode = 0;                                                                                               \
    if (needsMode(flags)) {                                                                                        \
        va_list arguments;                                                                                         \
        va_start(arguments, flags);                                                                                \
        mode = static_cast<mode_t>(va_arg(arguments, unsigned int));                                               \
        va_end(arguments);                                                                                         \
    }

__attribute__((visibility("default"))) int open(const char* path, int flags, ...)
{
    JOBDECK_MODE_ARGUMENT(flags)
    if (refuse(AT_FDCWD, path))
        return -1;
    static const auto next = nextDefinition<OpenFunction>("open");
    return next(path, flags, mode);
}

__attribute__((visibility("default"))) int open64(const char* path, int flags, ...)
{
    JOBDECK_MODE_ARGUMENT(flags)
    if (refuse(AT_FDCWD, path))
        return -1;
    static const auto next = nextDefinition<OpenFunction>("open64");
    return next(path, flags, mode);
}

__attribute__((visibility("default"))) int openat(int directory, const char* path, int flags, ...)
{
    JOBDECK_MODE_ARGUMENT(flags)
    if (refuse(directory, path))
        return -1;
    static const auto next = nextDefinition<OpenAtFunction>("openat");
    return next(directory, path, flags, mode);
}

__attribute__((visibility("default"))) int openat64(int directory, const char* path, int flags, ...)
{
    JOBDECK_MODE_ARGUMENT(flags)
    if (refuse(directory, path))
        return -1;
    static const auto next = nextDefinition<OpenAtFunction>("openat64");
    return next(directory, path, flags, mode);
}

#undef JOBDECK_MODE_ARGUMENT

// What code built with _FORTIFY_SOURCE (Ubuntu's default) calls instead of open and openat.
int __open_2(const char* path, int flags);
int __open64_2(const char* path, int flags);
int __openat_2(int directory, const char* path, int flags);
int __openat64_2(int directory, const char* path, int flags);

__attribute__((visibility("default"))) int __open_2(const char* path, int flags)
{
    if (refuse(AT_FDCWD, path))
        return -1;
    static const auto next = nextDefinition<FortifiedOpenFunction>("__open_2");
    return next(path, flags);
}

__attribute__((visibility("default"))) int __open64_2(const char* path, int flags)
{
    if (refuse(AT_FDCWD, path))
        return -1;
    static const auto next = nextDefinition<FortifiedOpenFunction>("__open64_2");
    return next(path, flags);
}

__attribute__((visibility("default"))) int __openat_2(int directory, const char* path, int flags)
{
    if (refuse(directory, path))
        return -1;
    static const auto next = nextDefinition<FortifiedOpenAtFunction>("__openat_2");
    return next(directory, path, flags);
}

__attribute__((visibility("default"))) int __openat64_2(int directory, const char* path, int flags)
{
    if (refuse(directory, path))
        return -1;
    static const auto next = nextDefinition<FortifiedOpenAtFunction>("__openat64_2");
    return next(directory, path, flags);
}

__attribute__((visibility("default"))) FILE* fopen(const char* path, const char* mode)
{
    if (refuse(AT_FDCWD, path))
        return nullptr;
    static const auto next = nextDefinition<FopenFunction>("fopen");
    return next(path, mode);
}

__attribute__((visibility("default"))) FILE* fopen64(const char* path, const char* mode)
{
    if (refuse(AT_FDCWD, path))
        return nullptr;
    static const auto next = nextDefinition<FopenFunction>("fopen64");
    return next(path, mode);
}

__attribute__((visibility("default"))) int creat(const char* path, mode_t mode)
{
    if (refuse(AT_FDCWD, path))
        return -1;
    static const auto next = nextDefinition<CreatFunction>("creat");
    return next(path, mode);
}

__attribute__((visibility("default"))) int creat64(const char* path, mode_t mode)
{
    if (refuse(AT_FDCWD, path))
        return -1;
    static const auto next = nextDefinition<CreatFunction>("creat64");
    return next(path, mode);
}

} // extern "C"

namespace jobdeck {

namespace {
// In place before main(), so even a connection opened outside Database is counted.
const bool g_installedAtStart = (SqliteFileGuard::install(), true);
} // namespace

void SqliteFileGuard::install()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sqlite3_initialize() != SQLITE_OK)
            return;
        // One table serves every unix VFS ("unix", "unix-excl", ...), so setting it once covers them all.
        sqlite3_vfs* vfs = sqlite3_vfs_find("unix");
        if (vfs == nullptr || vfs->iVersion < 3 || vfs->xSetSystemCall == nullptr)
            return;
        const sqlite3_syscall_ptr originalOpen = vfs->xGetSystemCall(vfs, "open");
        if (vfs->xSetSystemCall(vfs, "open", reinterpret_cast<sqlite3_syscall_ptr>(&sqliteOpen)) != SQLITE_OK)
            return;
        if (vfs->xSetSystemCall(vfs, "close", reinterpret_cast<sqlite3_syscall_ptr>(&sqliteClose)) != SQLITE_OK) {
            vfs->xSetSystemCall(vfs, "open", originalOpen);
            return;
        }
        g_active.store(true);
    });
}

bool SqliteFileGuard::isActive()
{
    return g_active.load();
}

bool SqliteFileGuard::isHeldBySqlite(const QString& path)
{
    struct stat st;
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && heldBySqlite(st);
}

quint64 SqliteFileGuard::refusedOpens()
{
    return g_refused.load();
}

} // namespace jobdeck

#else // not Linux

namespace jobdeck {

void SqliteFileGuard::install() {}
bool SqliteFileGuard::isActive() { return false; }
bool SqliteFileGuard::isHeldBySqlite(const QString&) { return false; }
quint64 SqliteFileGuard::refusedOpens() { return 0; }

} // namespace jobdeck

#endif
