// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>
#include <vector>

namespace OpsDeck::Logs {

class LogSink;

/**
 * Reads plain log files from the start and keeps following them, like
 * `tail -F`: a file truncated in place is read again from its start; a file
 * rotated away (renamed, a new one created under the name) is read to its end
 * and the new file from its start. Files are opened read-only and polled, so
 * nothing is locked and the writer never notices. A last line without a
 * newline is held until its newline arrives (or a second has passed).
 */
class FileFollower : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString service;
        QString host;
        int pollMs = 200;
    };

    FileFollower(LogSink *sink, const QStringList &files, Options options, QObject *parent = nullptr);
    ~FileFollower() override;

    void start();
    qint64 linesRead() const { return m_lines; }

Q_SIGNALS:
    void linesReadChanged(qint64 lines);
    /** A file was rotated or truncated: what happened, for the log. */
    void noticed(const QString &message);

private:
    struct File;
    void poll();
    bool readSome(File &file);
    void emitLine(File &file, std::string_view line);

    LogSink *m_sink;
    Options m_options;
    std::vector<std::unique_ptr<File>> m_files;
    QTimer m_timer;
    qint64 m_lines = 0;
};

} // namespace OpsDeck::Logs
