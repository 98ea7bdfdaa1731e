// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "indexer.h"

#include <chrono>
#include <mutex>

namespace OpsDeck::Logs::RawFile {

namespace {

std::int64_t steadyMs()
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

struct FileJob
{
    std::shared_ptr<FileView> view;
    std::vector<ChunkIndex> chunks;
    std::atomic<std::size_t> remaining{0};
};

/** What the tasks of one start() share; the last task to finish releases it. */
struct Job
{
    QThreadPool *pool = nullptr;
    std::int64_t nowMs = 0;
    std::shared_ptr<std::atomic_bool> cancel;
    Indexer::Callbacks callbacks;
    std::vector<std::unique_ptr<FileJob>> files;
    std::atomic<std::size_t> filesLeft{0};
    std::atomic<std::uint64_t> done{0};
    std::uint64_t total = 0;
    std::mutex progressMutex;
    std::uint64_t reported = 0; ///< guarded by progressMutex
    std::int64_t reportedMs = 0;

    bool cancelled() const { return cancel->load(std::memory_order_relaxed); }

    void reportProgress(std::uint64_t bytes)
    {
        const std::uint64_t now = done.fetch_add(bytes) + bytes;
        // Posted under the lock so the owner sees `done` only grow; at most every 50 ms (and
        // always the last step), so a folder of many small files does not flood its event queue.
        std::lock_guard lock(progressMutex);
        const std::int64_t t = steadyMs();
        if (now <= reported || (now < total && t - reportedMs < 50))
            return;
        reported = now;
        reportedMs = t;
        if (callbacks.progress)
            callbacks.progress(now, total);
    }

    void fileDone(std::size_t f)
    {
        FileJob &file = *files[f];
        finaliseChunks(file.chunks, *file.view);
        file.chunks.clear();
        file.chunks.shrink_to_fit();
        if (filesLeft.fetch_sub(1) != 1 || cancelled())
            return;
        std::vector<std::shared_ptr<const FileView>> views;
        views.reserve(files.size());
        for (const auto &j : files)
            views.push_back(j->view);
        if (callbacks.finished)
            callbacks.finished(std::move(views));
    }

    /** Queues the chunk tasks of a file whose buffer is ready. */
    static void queueChunks(const std::shared_ptr<Job> &job, std::size_t f)
    {
        FileJob &file = *job->files[f];
        const std::uint64_t size = file.view->buffer->size();
        const std::size_t count = static_cast<std::size_t>(
            std::max<std::uint64_t>(1, (size + kChunk - 1) / kChunk));
        file.chunks.resize(count);
        file.remaining.store(count);
        for (std::size_t k = 0; k < count; ++k) {
            job->pool->start([job, f, k] {
                FileJob &fj = *job->files[f];
                if (job->cancelled())
                    return;
                const std::string_view bytes = fj.view->buffer->bytes();
                const std::uint64_t begin = chunkStart(bytes, k * kChunk);
                const std::uint64_t end = chunkStart(bytes, (k + 1) * kChunk);
                if (begin < end)
                    fj.chunks[k] = indexChunk(bytes, begin, end, job->nowMs, kNoTime,
                                              job->cancel.get());
                if (job->cancelled())
                    return;
                if (!fj.view->gzip) {
                    job->reportProgress(std::min<std::uint64_t>(bytes.size(), (k + 1) * kChunk)
                                        - std::min<std::uint64_t>(bytes.size(), k * kChunk));
                }
                if (fj.remaining.fetch_sub(1) == 1)
                    job->fileDone(f);
            });
        }
    }

    static constexpr std::uint64_t kChunk = Indexer::kChunkBytes;
};

} // namespace

void Indexer::start(QThreadPool &pool, std::vector<IndexInput> inputs, std::int64_t nowMs,
                    std::shared_ptr<std::atomic_bool> cancel, Callbacks callbacks)
{
    auto job = std::make_shared<Job>();
    job->pool = &pool;
    job->nowMs = nowMs;
    job->cancel = std::move(cancel);
    job->callbacks = std::move(callbacks);
    for (auto &input : inputs) {
        auto file = std::make_unique<FileJob>();
        file->view = std::move(input.view);
        // Progress counts inflated bytes for plain files and compressed ones for gzip (known up
        // front).
        job->total += file->view->gzip ? file->view->diskBytes : file->view->buffer->size();
        job->files.push_back(std::move(file));
    }
    job->filesLeft.store(job->files.size());
    if (job->files.empty()) {
        if (job->callbacks.finished)
            job->callbacks.finished({});
        return;
    }
    for (std::size_t f = 0; f < job->files.size(); ++f) {
        FileJob &file = *job->files[f];
        if (!file.view->gzip) {
            Job::queueChunks(job, f);
            continue;
        }
        pool.start([job, f] {
            FileJob &fj = *job->files[f];
            if (job->cancelled())
                return;
            std::string bytes;
            std::string error;
            if (!inflateGzip(fj.view->path, bytes, 0, job->cancel.get(), error)
                && job->callbacks.problem && !job->cancelled())
                job->callbacks.problem(f, error);
            if (job->cancelled())
                return;
            fj.view->buffer = FileBuffer::fromBytes(std::move(bytes));
            if (job->callbacks.inflated)
                job->callbacks.inflated(f, fj.view->buffer);
            // The compressed size counts as the file's progress; its chunks add nothing more.
            job->reportProgress(fj.view->diskBytes);
            Job::queueChunks(job, f);
        });
    }
}

std::shared_ptr<FileView> Indexer::indexNow(std::shared_ptr<FileView> view, std::int64_t nowMs,
                                            const std::atomic_bool *cancel)
{
    const std::string_view bytes = view->buffer->bytes();
    std::vector<ChunkIndex> chunks;
    for (std::uint64_t begin = 0; begin < bytes.size();) {
        const std::uint64_t end = std::max(chunkStart(bytes, begin + kChunkBytes), begin + 1);
        chunks.push_back(indexChunk(bytes, begin, std::min<std::uint64_t>(end, bytes.size()), nowMs,
                                    kNoTime, cancel));
        if (chunks.back().cancelled)
            return nullptr;
        begin = chunks.back().block.endOffset;
    }
    view->blocks.clear();
    finaliseChunks(chunks, *view);
    return view;
}

} // namespace OpsDeck::Logs::RawFile
