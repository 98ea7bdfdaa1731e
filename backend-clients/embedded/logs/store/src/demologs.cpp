// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "opsdeck/logs/demologs.h"

#include "opsdeck/logs/engine.h"
#include "opsdeck/logs/resolve.h"

#include <cstdio>
#include <ctime>
#include <random>

namespace OpsDeck::Logs {

namespace {

const char *const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

std::tm utc(std::int64_t ms)
{
    const std::time_t t = static_cast<std::time_t>(ms / 1000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    return tm;
}

std::string rfc3339(std::int64_t ms)
{
    const std::tm tm = utc(ms);
    char b[64];
    std::snprintf(b, sizeof b, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
    return b;
}

std::string syslogTime(std::int64_t ms)
{
    const std::tm tm = utc(ms);
    char b[64];
    std::snprintf(b, sizeof b, "%s %2d %02d:%02d:%02d", kMonths[tm.tm_mon], tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec);
    return b;
}

std::string accessTime(std::int64_t ms)
{
    const std::tm tm = utc(ms);
    char b[64];
    std::snprintf(b, sizeof b, "%02d/%s/%04d:%02d:%02d:%02d +0000", tm.tm_mday, kMonths[tm.tm_mon], tm.tm_year + 1900,
                  tm.tm_hour, tm.tm_min, tm.tm_sec);
    return b;
}

std::string javaTime(std::int64_t ms)
{
    const std::tm tm = utc(ms);
    char b[64];
    std::snprintf(b, sizeof b, "%04d-%02d-%02d %02d:%02d:%02d,%03d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec, static_cast<int>(ms % 1000));
    return b;
}

struct Generator
{
    std::mt19937_64 rng;
    std::int64_t incidentStart = 0;
    std::int64_t incidentEnd = 0;
    std::int64_t deployAt = 0;

    int pick(int n) { return static_cast<int>(rng() % static_cast<std::uint64_t>(n)); }
    std::string requestId()
    {
        char b[24];
        std::snprintf(b, sizeof b, "req-%012llx", static_cast<unsigned long long>(rng() & 0xffffffffffffull));
        return b;
    }
    bool incident(std::int64_t ts) const { return ts >= incidentStart && ts < incidentEnd; }

    /** One request through nginx -> api -> payments (sometimes) -> postgres. */
    void request(std::int64_t ts, std::vector<RecordInput> &out)
    {
        static const char *const paths[] = {"/api/v1/orders", "/api/v1/cart", "/api/v1/users/me", "/api/v1/search",
                                            "/health", "/api/v1/payments"};
        const std::string id = requestId();
        const char *path = paths[pick(6)];
        const bool failing = incident(ts) && std::string(path) == "/api/v1/payments" ? pick(3) != 0 : pick(200) == 0;
        const int status = failing ? 502 : (pick(40) == 0 ? 404 : 200);
        const int latency = failing ? 3000 + pick(2000) : 5 + pick(120);
        char line[512];
        std::snprintf(line, sizeof line,
                      "10.0.%d.%d - - [%s] \"%s %s HTTP/1.1\" %d %d \"-\" \"Mozilla/5.0\" rt=%d.%03d request_id=%s",
                      pick(4), 2 + pick(250), accessTime(ts).c_str(), pick(4) ? "GET" : "POST", path, status,
                      200 + pick(5000), latency / 1000, latency % 1000, id.c_str());
        out.push_back(RecordInput{line, "web-" + std::to_string(1 + pick(3)), "nginx", "/var/log/nginx/access.log"});
        std::snprintf(line, sizeof line,
                      "{\"ts\":\"%s\",\"level\":\"%s\",\"msg\":\"%s\",\"path\":\"%s\",\"status\":%d,\"latency_ms\":%d,"
                      "\"request_id\":\"%s\",\"user_id\":%d}",
                      rfc3339(ts + 2).c_str(), failing ? "error" : "info",
                      failing ? "upstream payments timed out" : "request served", path, status, latency, id.c_str(),
                      1000 + pick(9000));
        out.push_back(RecordInput{line, "api-" + std::to_string(1 + pick(2)), "", "/var/log/api/api.log"});
        if (std::string(path) == "/api/v1/payments") {
            std::snprintf(line, sizeof line, "ts=%s level=%s msg=\"%s\" request_id=%s amount=%d.%02d currency=EUR",
                          rfc3339(ts + 5).c_str(), failing ? "error" : (pick(15) == 0 ? "warn" : "info"),
                          failing ? "card processor connection reset" : (pick(15) == 0 ? "card declined" : "charge captured"),
                          id.c_str(), 5 + pick(400), pick(100));
            out.push_back(RecordInput{line, "pay-1", "payments", "/var/log/payments/payments.log"});
        }
        if (pick(9) == 0) {
            std::snprintf(line, sizeof line, "%s UTC [%d] LOG:  duration: %d.%03d ms  statement: SELECT * FROM orders WHERE user_id = $1",
                          javaTime(ts + 3).c_str(), 4000 + pick(500), 100 + pick(900), pick(1000));
            out.push_back(RecordInput{line, "db-1", "postgres", "/var/log/postgresql/postgresql-15-main.log"});
        }
    }

    void background(std::int64_t ts, std::vector<RecordInput> &out)
    {
        char line[512];
        switch (pick(7)) {
        case 0:
            std::snprintf(line, sizeof line, "%s bastion sshd[%d]: Failed password for invalid user %s from 203.0.113.%d port %d ssh2",
                          syslogTime(ts).c_str(), 20000 + pick(9000), pick(2) ? "admin" : "oracle", pick(250),
                          30000 + pick(30000));
            out.push_back(RecordInput{line, "", "", "/var/log/auth.log"});
            break;
        case 1:
            std::snprintf(line, sizeof line, "%s bastion sshd[%d]: Accepted publickey for deploy from 10.0.9.%d port %d ssh2",
                          syslogTime(ts).c_str(), 20000 + pick(9000), pick(250), 30000 + pick(30000));
            out.push_back(RecordInput{line, "", "", "/var/log/auth.log"});
            break;
        case 2:
            std::snprintf(line, sizeof line, "%s db-1 kernel: [%d.%06d] EXT4-fs (nvme0n1p2): %s", syslogTime(ts).c_str(),
                          100000 + pick(900000), pick(1000000),
                          incident(ts) ? "warning: mounting fs with errors, running e2fsck is recommended"
                                       : "re-mounted. Opts: errors=remount-ro");
            out.push_back(RecordInput{line, "", "", "/var/log/kern.log"});
            break;
        case 3:
            std::snprintf(line, sizeof line, "%s %s  [worker-%d] c.o.billing.InvoiceJob - Generated %d invoices in %d ms",
                          javaTime(ts).c_str(), "INFO", pick(8), pick(400), 100 + pick(3000));
            out.push_back(RecordInput{line, "batch-1", "billing", "/var/log/billing/billing.log"});
            break;
        case 4:
            if (incident(ts)) {
                std::snprintf(line, sizeof line,
                              "%s ERROR [worker-%d] c.o.billing.InvoiceJob - java.net.SocketTimeoutException: Read timed out\n"
                              "\tat java.base/sun.nio.ch.NioSocketImpl.timedRead(NioSocketImpl.java:288)\n"
                              "\tat c.o.billing.PaymentsClient.fetch(PaymentsClient.java:%d)",
                              javaTime(ts).c_str(), pick(8), 40 + pick(80));
                out.push_back(RecordInput{line, "batch-1", "billing", "/var/log/billing/billing.log"});
            } else {
                std::snprintf(line, sizeof line, "%s WARN  [scheduler] c.o.billing.Scheduler - Job InvoiceJob is running late by %d s",
                              javaTime(ts).c_str(), 1 + pick(90));
                out.push_back(RecordInput{line, "batch-1", "billing", "/var/log/billing/billing.log"});
            }
            break;
        case 5:
            std::snprintf(line, sizeof line, "%s UTC [%d] %s", javaTime(ts).c_str(), 4000 + pick(500),
                          incident(ts) ? "ERROR:  canceling statement due to statement timeout"
                                       : "LOG:  checkpoint complete: wrote 1342 buffers (8.2%); 0 WAL file(s) added");
            out.push_back(RecordInput{line, "db-1", "postgres", "/var/log/postgresql/postgresql-15-main.log"});
            break;
        default:
            std::snprintf(line, sizeof line, "%s web-%d systemd[1]: Started Session %d of User deploy.", syslogTime(ts).c_str(),
                          1 + pick(3), 1000 + pick(9000));
            out.push_back(RecordInput{line, "", "", "/var/log/syslog"});
            break;
        }
    }
};

} // namespace

std::uint64_t writeDemoLogs(LogEngine &engine, std::int64_t endMs, int days, std::uint64_t seed, std::string *error)
{
    Generator g{std::mt19937_64(seed)};
    const std::int64_t start = endMs - std::int64_t(days) * 86'400'000;
    g.incidentStart = endMs - 26 * 3'600'000;            // yesterday, 40 minutes of trouble
    g.incidentEnd = g.incidentStart + 40 * 60'000;
    g.deployAt = g.incidentStart - 5 * 60'000;
    RecordResolver resolver(endMs);
    std::uint64_t committed = 0;
    std::vector<RecordInput> inputs;
    std::vector<StoredRecord> batch;
    std::int64_t ts = start;
    bool deployed = false;
    while (ts < endMs) {
        // Traffic follows the day: quiet at night (UTC), busy in the afternoon.
        const int hour = utc(ts).tm_hour;
        const int busy = hour >= 8 && hour < 20 ? 3 : 1;
        ts += 14000 / busy + g.pick(14000 / busy + 1);
        if (!deployed && ts >= g.deployAt) {
            deployed = true;
            char line[256];
            std::snprintf(line, sizeof line,
                          "{\"ts\":\"%s\",\"level\":\"notice\",\"msg\":\"deploy finished\",\"version\":\"2.14.0\","
                          "\"previous\":\"2.13.4\",\"environment\":\"production\"}",
                          rfc3339(ts).c_str());
            inputs.push_back(RecordInput{line, "api-1", "deployer", "/var/log/deployer.log"});
        }
        g.request(ts, inputs);
        if (g.pick(3) == 0 || g.incident(ts))
            g.background(ts + 7, inputs);
        if (inputs.size() >= 2000) {
            for (auto &in : inputs)
                batch.push_back(resolver.resolve(std::move(in), endMs));
            inputs.clear();
            const std::size_t n = batch.size();
            if (!engine.append(std::move(batch), true, error))
                return committed;
            committed += n;
            batch.clear();
        }
    }
    for (auto &in : inputs)
        batch.push_back(resolver.resolve(std::move(in), endMs));
    const std::size_t n = batch.size();
    if (!engine.append(std::move(batch), true, error))
        return committed;
    return committed + n;
}

} // namespace OpsDeck::Logs
