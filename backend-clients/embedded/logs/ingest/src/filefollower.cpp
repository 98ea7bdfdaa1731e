// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/logs/filefollower.h"

#include "ingesttr.h"

#include "opsdeck/logs/logsink.h"

#include <QDateTime>
#include <QFileInfo>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace OpsDeck::Logs {

namespace {
constexpr std::size_t kReadPerTick = 4u << 20;
constexpr std::size_t kMaxLine = 1u << 20;
constexpr qint64 kPartialLineWaitMs = 1000;
} // namespace

struct FileFollower::File
{
    QString path;
    QString source;
    int fd = -1;
    ino_t inode = 0;
    dev_t device = 0;
    off_t offset = 0;
    std::string partial;
    qint64 partialSince = 0;

    ~File()
    {
        if (fd >= 0)
            ::close(fd);
    }
    bool open()
    {
        if (fd >= 0)
            ::close(fd);
        fd = ::open(path.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC);
        if (fd < 0)
            return false;
        struct stat st{};
        fstat(fd, &st);
        inode = st.st_ino;
        device = st.st_dev;
        offset = 0;
        partial.clear();
        return true;
    }
};

FileFollower::FileFollower(LogSink *sink, const QStringList &files, Options options, QObject *parent)
    : QObject(parent), m_sink(sink), m_options(std::move(options))
{
    for (const QString &path : files) {
        auto file = std::make_unique<File>();
        file->path = path;
        file->source = QFileInfo(path).absoluteFilePath();
        m_files.push_back(std::move(file));
    }
    m_timer.setInterval(m_options.pollMs);
    connect(&m_timer, &QTimer::timeout, this, &FileFollower::poll);
}

FileFollower::~FileFollower() = default;

void FileFollower::start()
{
    for (auto &f : m_files)
        f->open();
    poll();
    m_timer.start();
}

void FileFollower::emitLine(File &file, std::string_view line)
{
    if (!line.empty() && line.back() == '\r')
        line.remove_suffix(1);
    Backend::LogRecord r;
    r.message = QString::fromUtf8(line.data(), static_cast<qsizetype>(line.size()));
    r.source = file.source;
    r.service = m_options.service;
    r.host = m_options.host;
    m_sink->add(std::move(r));
    ++m_lines;
}

bool FileFollower::readSome(File &file)
{
    if (file.fd < 0)
        return false;
    std::string buffer(256 * 1024, '\0');
    std::size_t total = 0;
    while (total < kReadPerTick) {
        const ssize_t n = ::pread(file.fd, buffer.data(), buffer.size(), file.offset);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            break;
        file.offset += n;
        total += static_cast<std::size_t>(n);
        std::string_view chunk(buffer.data(), static_cast<std::size_t>(n));
        std::size_t pos = 0;
        while (pos < chunk.size()) {
            const std::size_t nl = chunk.find('\n', pos);
            if (nl == std::string_view::npos) {
                file.partial.append(chunk.substr(pos));
                if (file.partial.size() >= kMaxLine) {
                    emitLine(file, file.partial);
                    file.partial.clear();
                }
                file.partialSince = QDateTime::currentMSecsSinceEpoch();
                break;
            }
            if (file.partial.empty()) {
                emitLine(file, chunk.substr(pos, nl - pos));
            } else {
                file.partial.append(chunk.substr(pos, nl - pos));
                emitLine(file, file.partial);
                file.partial.clear();
            }
            pos = nl + 1;
        }
    }
    return total >= kReadPerTick; // more to read right away
}

void FileFollower::poll()
{
    const qint64 before = m_lines;
    bool more = false;
    for (auto &fp : m_files) {
        File &file = *fp;
        struct stat st{};
        const bool exists = ::stat(file.path.toLocal8Bit().constData(), &st) == 0;
        if (file.fd < 0) {
            if (exists && file.open())
                Q_EMIT noticed(OpsDeck::Logs::IngestTr::tr("%1 appeared; reading it.").arg(file.path));
            else
                continue;
        }
        // Whatever the old file still holds comes first.
        more = readSome(file) || more;
        if (exists && (st.st_ino != file.inode || st.st_dev != file.device)) {
            if (!file.partial.empty()) {
                emitLine(file, file.partial);
                file.partial.clear();
            }
            Q_EMIT noticed(OpsDeck::Logs::IngestTr::tr("%1 was rotated; reading the new file from its start.").arg(file.path));
            if (file.open())
                more = readSome(file) || more;
            continue;
        }
        struct stat own{};
        if (fstat(file.fd, &own) == 0 && own.st_size < file.offset) {
            Q_EMIT noticed(OpsDeck::Logs::IngestTr::tr("%1 was truncated; reading it again from its start.").arg(file.path));
            file.offset = 0;
            file.partial.clear();
            more = readSome(file) || more;
        }
        if (!file.partial.empty()
            && QDateTime::currentMSecsSinceEpoch() - file.partialSince >= kPartialLineWaitMs) {
            emitLine(file, file.partial);
            file.partial.clear();
        }
    }
    if (m_lines != before)
        Q_EMIT linesReadChanged(m_lines);
    if (more)
        QTimer::singleShot(0, this, &FileFollower::poll);
}

} // namespace OpsDeck::Logs
