// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "manifestcodec.h"

#include "blobio.h"

#include "opsdeck/embedded/textposition.h"

#include <nlohmann/json.hpp>

#include <algorithm>

namespace OpsDeck::Pipelines::Internal {

namespace {

constexpr std::string_view kFormat = "opsdeck-artifact-manifest";
constexpr int kVersion = 1;
constexpr std::size_t kMaxRunId = 128;
constexpr std::size_t kMaxJobName = 200;
// Beyond this an encoded job name could pass NAME_MAX (255); such names
// are stored under their hash instead.
constexpr std::size_t kMaxEncodedName = 200;

bool fail(std::string *error, const std::string &what)
{
    if (error)
        *error = what;
    return false;
}

std::string octal(std::uint32_t mode)
{
    char text[8];
    std::snprintf(text, sizeof text, "%04o", mode & 0777u);
    return text;
}

} // namespace

bool checkRunId(std::string_view runId, std::string *error)
{
    if (runId.empty() || runId.size() > kMaxRunId)
        return fail(error, "run id \"" + std::string(runId) + "\": must be 1 to 128 characters");
    if (runId == "." || runId == "..")
        return fail(error, "run id \"" + std::string(runId) + "\": not a valid run id");
    for (const char c : runId) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.'
            || c == '_' || c == '-';
        if (!ok)
            return fail(error, "run id \"" + std::string(runId) + "\": only letters, digits, '.', '_' and '-' are allowed");
    }
    return true;
}

bool checkJobName(std::string_view jobName, std::string *error)
{
    if (jobName.empty() || jobName.size() > kMaxJobName)
        return fail(error, "job name \"" + std::string(jobName.substr(0, 60)) + "\": must be 1 to 200 bytes");
    for (const char c : jobName) {
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f)
            return fail(error, "job name \"" + std::string(jobName) + "\": control characters are not allowed");
    }
    return true;
}

std::string manifestFileName(std::string_view jobName)
{
    static constexpr char kHex[] = "0123456789ABCDEF";
    std::string out;
    for (const char c : jobName) {
        const auto u = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-') {
            out += c;
        } else {
            out += '%';
            out += kHex[u >> 4];
            out += kHex[u & 0xf];
        }
    }
    if (out.size() > kMaxEncodedName) {
        Sha256 sha;
        sha.update(jobName.data(), jobName.size());
        // Built in two steps: GCC 12's -Wrestrict misfires on "~" + std::string&& at -O3.
        out.assign(1, '~');
        out += sha.finishHex();
    }
    return out + ".json";
}

std::string encodeManifest(const ArtifactManifest &manifest)
{
    nlohmann::ordered_json files = nlohmann::ordered_json::array();
    for (const ArtifactFile &file : manifest.files) {
        nlohmann::ordered_json entry;
        entry["path"] = file.path;
        entry["mode"] = octal(file.mode);
        entry["size"] = file.size;
        entry["blob"] = file.blob;
        files.push_back(std::move(entry));
    }
    nlohmann::ordered_json doc;
    doc["format"] = kFormat;
    doc["version"] = kVersion;
    doc["run"] = manifest.runId;
    doc["job"] = manifest.jobName;
    doc["created_at"] = manifest.createdAt;
    doc["expire_in"] = manifest.expireIn;
    doc["production"] = manifest.production;
    doc["files"] = std::move(files);
    // One file per line: readable, and diffs of two manifests line up.
    std::string text = "{\n";
    bool first = true;
    for (const auto &[key, value] : doc.items()) {
        if (!first)
            text += ",\n";
        first = false;
        text += "  " + nlohmann::ordered_json(key).dump() + ": ";
        if (key == "files") {
            text += "[";
            for (std::size_t i = 0; i < value.size(); ++i)
                text += (i ? ",\n    " : "\n    ") + value[i].dump();
            text += value.empty() ? "]" : "\n  ]";
        } else {
            text += value.dump();
        }
    }
    return text + "\n}\n";
}

bool decodeManifest(std::string_view text, const std::string &where, ArtifactManifest *out, std::string *error)
{
    nlohmann::json doc;
    try {
        doc = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error &e) {
        const std::size_t offset = e.byte > 0 ? e.byte - 1 : 0;
        return fail(error, where + ": " + Embedded::textPosition(text, offset) + ": not valid JSON");
    }
    const auto bad = [&](const std::string &field, const std::string &what) {
        return fail(error, where + ": field \"" + field + "\": " + what);
    };
    if (!doc.is_object())
        return fail(error, where + ": not a JSON object");
    const auto field = [&](const char *name) -> const nlohmann::json * {
        const auto it = doc.find(name);
        return it == doc.end() ? nullptr : &*it;
    };
    const auto *format = field("format");
    if (!format || !format->is_string() || format->get<std::string>() != kFormat)
        return bad("format", "must be \"opsdeck-artifact-manifest\"");
    const auto *version = field("version");
    if (!version || !version->is_number_integer())
        return bad("version", "missing or not an integer");
    if (version->get<std::int64_t>() != kVersion)
        return bad("version", std::to_string(version->get<std::int64_t>())
                                  + " is not supported (this OpsDeck reads version 1; a newer one wrote it?)");
    ArtifactManifest m;
    const auto *run = field("run");
    if (!run || !run->is_string() || !checkRunId(run->get<std::string>(), nullptr))
        return bad("run", "missing or not a valid run id");
    m.runId = run->get<std::string>();
    const auto *job = field("job");
    if (!job || !job->is_string() || !checkJobName(job->get<std::string>(), nullptr))
        return bad("job", "missing or not a valid job name");
    m.jobName = job->get<std::string>();
    const auto *created = field("created_at");
    if (!created || !created->is_number_integer())
        return bad("created_at", "missing or not an integer (seconds since 1970)");
    m.createdAt = created->get<std::int64_t>();
    const auto *expire = field("expire_in");
    if (!expire || !expire->is_string())
        return bad("expire_in", "missing or not a string");
    m.expireIn = expire->get<std::string>();
    std::string why;
    if (!m.expireIn.empty() && !parseExpireIn(m.expireIn, &why))
        return bad("expire_in", why);
    const auto *production = field("production");
    if (!production || !production->is_boolean())
        return bad("production", "missing or not true/false");
    m.production = production->get<bool>();
    const auto *files = field("files");
    if (!files || !files->is_array())
        return bad("files", "missing or not an array");
    for (std::size_t i = 0; i < files->size(); ++i) {
        const nlohmann::json &entry = (*files)[i];
        const std::string name = "files[" + std::to_string(i) + "]";
        if (!entry.is_object())
            return bad(name, "not an object");
        ArtifactFile file;
        const auto path = entry.find("path");
        std::string normalised;
        if (path == entry.end() || !path->is_string())
            return bad(name + ".path", "missing or not a string");
        if (!normaliseArtifactPath(path->get<std::string>(), &normalised, &why) || normalised != *path)
            return bad(name + ".path", why.empty() ? "not a normalised relative path" : why);
        file.path = normalised;
        const auto mode = entry.find("mode");
        if (mode == entry.end() || !mode->is_string() || mode->get<std::string>().size() != 4
            || mode->get<std::string>().find_first_not_of("01234567") != std::string::npos)
            return bad(name + ".mode", "missing or not four octal digits like \"0644\"");
        file.mode = static_cast<std::uint32_t>(std::stoul(mode->get<std::string>(), nullptr, 8));
        if (file.mode > 0777)
            return bad(name + ".mode", "only permission bits (at most 0777) are allowed");
        const auto size = entry.find("size");
        if (size == entry.end() || !size->is_number_unsigned())
            return bad(name + ".size", "missing or not a non-negative integer");
        file.size = size->get<std::uint64_t>();
        const auto blob = entry.find("blob");
        if (blob == entry.end() || !blob->is_string() || !isBlobHash(blob->get<std::string>()))
            return bad(name + ".blob", "missing or not 64 lowercase hex digits (SHA-256)");
        file.blob = blob->get<std::string>();
        if (!m.files.empty() && !(m.files.back().path < file.path))
            return bad(name + ".path", "\"" + file.path + "\" is out of order or listed twice");
        m.files.push_back(std::move(file));
    }
    *out = std::move(m);
    return true;
}

} // namespace OpsDeck::Pipelines::Internal
