#pragma once

#include "util/Result.h"

#include <memory>
#include <QCoreApplication>
#include <QString>

namespace jobdeck::io {

// A file Jobdeck writes beside the user's data (a backup, an export, a restored copy): created empty and
// private (0600) under a unique temporary name "<name>.<random>.partial" in its destination's folder,
// filled, synced to disk, then renamed into place, so it appears whole or not at all. While the object lives
// the temporary file is locked, which tells removeStale() in another process that it is still being written.
// A temporary file never published is removed with the object.
class PrivateFile
{
    Q_DECLARE_TR_FUNCTIONS(PrivateFile)

public:
    static Result<std::unique_ptr<PrivateFile>> create(const QString& folder, const QString& name);
    ~PrivateFile();
    PrivateFile(const PrivateFile&) = delete;
    PrivateFile& operator=(const PrivateFile&) = delete;

    const QString& path() const { return m_path; }
    Status write(const QByteArray& bytes);
    Status copyFrom(const QString& source);
    // Flushes the contents to disk (fsync).
    Status sync();
    // Renames the file to `destination` unless something (a file, a link) is there already: true once
    // published, false when the name was taken. Atomic, so two writers never replace each other's file.
    Result<bool> publishNew(const QString& destination);
    // Renames the file over `destination` in one step: a reader sees the old file or the new one. A symbolic
    // link at `destination` is replaced itself, never written through.
    Status publishOver(const QString& destination);

    // Removes "<prefix>*.partial" files in `folder` last written more than `maxAgeSecs` ago that no live
    // PrivateFile holds (left by a killed process). Safe while other processes write theirs.
    static void removeStale(const QString& folder, const QString& prefix, int maxAgeSecs);
    // Makes `folder` durable after a rename in it (fsync of the folder; a no-op where there is none).
    static void syncFolder(const QString& folder);
    // Whether two paths name the same file: by device and inode, else by canonical path.
    static bool sameFile(const QString& a, const QString& b);
    // Creates `folder` (and missing parents), making the ones it creates, and `folder` itself, 0700.
    static Status makePrivateFolder(const QString& folder);
    // Hard-links `existing` as `link` (false if that name is taken or links are not supported).
    static bool hardLink(const QString& existing, const QString& link);

    static constexpr int kStaleAfterSecs = 10 * 60;

private:
    PrivateFile(QString path, int fd);
    void closeFile();

    QString m_path;
    int m_fd = -1;
    bool m_published = false;
};

} // namespace jobdeck::io
