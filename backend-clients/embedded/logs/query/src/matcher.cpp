// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "regexcheck_p.h"

#include <opsdeck/logs/matcher.h>
#include <opsdeck/logs/tokenizer.h>

#include <algorithm>
#include <atomic>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace OpsDeck::Logs {

namespace Detail {

/** A Term or Prefix: KMP over tokens, so a phrase is found in one pass over the message. */
struct TermLeaf
{
    std::vector<std::string> tokens;   ///< the exact part (all tokens of a Term; all but the last of a Prefix)
    std::vector<std::size_t> failure;  ///< KMP failure function over tokens
    std::string prefix;                ///< Prefix: the last token, which need only start the word
    bool isPrefix = false;
    std::string needle;                ///< the longest of tokens and prefix: must occur as a substring
};

struct FieldLeaf
{
    enum class Which : std::uint8_t { Host, Service, Source, Level, Extracted };
    Which which = Which::Extracted;
    std::string name;
    std::string value;
    bool prefix = false;               ///< FieldPrefix; an empty prefix means "present"
};

struct CNode
{
    QueryNode::Kind kind = QueryNode::Kind::All;
    std::uint32_t first = 0;           ///< And/Or/Not: children are childIndex[first, first + count)
    std::uint32_t count = 0;
    std::uint32_t leaf = 0;            ///< index into terms / fields / regexes
    Level levelMin = Level::Unknown;
    Level levelMax = Level::Unknown;
    int cost = 0;                      ///< to evaluate cheap children of And/Or first
};

struct CompiledQuery
{
    std::vector<CNode> nodes;          ///< nodes[root]
    std::uint32_t root = 0;
    std::vector<std::uint32_t> childIndex;
    std::vector<TermLeaf> terms;
    std::vector<FieldLeaf> fields;
    std::vector<std::unique_ptr<CompiledRegex>> regexes;
    std::uint64_t serial = 0;
};

} // namespace Detail

namespace {

using Detail::CNode;
using Detail::CompiledQuery;
using Detail::FieldLeaf;
using Detail::TermLeaf;
using Kind = QueryNode::Kind;

std::atomic<std::uint64_t> s_nextSerial{1};

/** True when message token \a token has index key \a key (see tokenKey()). */
bool keyEquals(std::string_view token, std::string_view key)
{
    const std::size_t n = token.size() < kMaxTokenBytes ? token.size() : kMaxTokenBytes;
    return n == key.size() && tokenEquals(token.substr(0, n), key);
}

TermLeaf makeTerm(const QueryNode &node)
{
    TermLeaf t;
    for (const auto &token : node.tokens)
        t.tokens.push_back(tokenKey(token));
    if (node.kind == Kind::Prefix && !t.tokens.empty()) {
        t.isPrefix = true;
        t.prefix = std::move(t.tokens.back());
        t.tokens.pop_back();
    }
    for (const auto &token : t.tokens) {
        if (token.size() > t.needle.size())
            t.needle = token;
    }
    if (t.prefix.size() > t.needle.size())
        t.needle = t.prefix;
    t.failure.assign(t.tokens.size(), 0);
    for (std::size_t i = 1, k = 0; i < t.tokens.size(); ++i) {
        while (k > 0 && t.tokens[i] != t.tokens[k])
            k = t.failure[k - 1];
        if (t.tokens[i] == t.tokens[k])
            ++k;
        t.failure[i] = k;
    }
    return t;
}

/** True when \a needle (lowercase) occurs in \a text at \a pos, ignoring ASCII case. */
bool foldedAt(std::string_view text, std::size_t pos, std::string_view needle)
{
    for (std::size_t k = 0; k < needle.size(); ++k) {
        if (lowerAscii(text[pos + k]) != needle[k])
            return false;
    }
    return true;
}

/**
 * True when \a needle (lowercase) occurs anywhere in \a text, ignoring ASCII
 * case: the quick test before walking the tokens, since most records do not
 * hold a given word. Candidates come 16 at a time from the first two bytes
 * with bit 0x20 set on both sides (that folds ASCII case; the few other bytes
 * it confuses are weeded out by the exact comparison).
 */
bool containsFolded(std::string_view text, std::string_view needle)
{
    const std::size_t n = needle.size();
    if (n == 0)
        return true;
    if (text.size() < n)
        return false;
    const std::size_t lastStart = text.size() - n;
    const auto b0 = static_cast<char>(needle[0] | 0x20);
    const auto b1 = static_cast<char>(n > 1 ? needle[1] | 0x20 : 0);
    std::size_t i = 0;
#if defined(__SSE2__)
    const __m128i fold = _mm_set1_epi8(0x20);
    const __m128i first = _mm_set1_epi8(b0);
    const __m128i second = _mm_set1_epi8(b1);
    // Loads cover [i, i + 17): stay inside the text.
    for (; i + 17 <= text.size() && i <= lastStart; i += 16) {
        const auto *p = text.data() + i;
        const __m128i a = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p)), fold);
        __m128i hits = _mm_cmpeq_epi8(a, first);
        if (n > 1) {
            const __m128i b = _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 1)), fold);
            hits = _mm_and_si128(hits, _mm_cmpeq_epi8(b, second));
        }
        auto mask = static_cast<unsigned>(_mm_movemask_epi8(hits));
        while (mask != 0) {
            const std::size_t pos = i + static_cast<std::size_t>(__builtin_ctz(mask));
            if (pos <= lastStart && foldedAt(text, pos, needle))
                return true;
            mask &= mask - 1;
        }
    }
#endif
    for (; i <= lastStart; ++i) {
        if (static_cast<char>(text[i] | 0x20) == b0 && foldedAt(text, i, needle))
            return true;
    }
    return false;
}

bool matchTerm(const TermLeaf &t, std::string_view text)
{
    if (!containsFolded(text, t.needle))
        return false;
    const std::size_t m = t.tokens.size();
    if (m == 0 && !t.isPrefix)
        return true; // a hand-built Term without tokens constrains nothing
    std::size_t q = 0;        // tokens of the exact part matched so far
    bool wantPrefix = false;  // the exact part ended on the previous token
    const std::size_t n = text.size();
    std::size_t i = 0;
    // The tokenizer's definition (isTokenByte), walked by hand so that the
    // scan stops at the first hit.
    while (i < n) {
        while (i < n && !isTokenByte(text[i]))
            ++i;
        const std::size_t start = i;
        while (i < n && isTokenByte(text[i]))
            ++i;
        if (i == start)
            break;
        const std::string_view token = text.substr(start, i - start);
        if (t.isPrefix && (m == 0 || wantPrefix) && tokenStartsWith(token, t.prefix))
            return true;
        wantPrefix = false;
        if (m == 0)
            continue;
        while (q > 0 && !keyEquals(token, t.tokens[q]))
            q = t.failure[q - 1];
        if (keyEquals(token, t.tokens[q]))
            ++q;
        if (q == m) {
            if (!t.isPrefix)
                return true;
            wantPrefix = true;
            q = t.failure[q - 1];
        }
    }
    return false;
}

bool valueMatches(const FieldLeaf &f, std::string_view value)
{
    // tokenEquals/tokenStartsWith compare any bytes, ASCII case-insensitively.
    return f.prefix ? tokenStartsWith(value, f.value) : tokenEquals(value, f.value);
}

bool matchField(const FieldLeaf &f, const RecordView &r)
{
    switch (f.which) {
    case FieldLeaf::Which::Host:
        return (!f.prefix || !f.value.empty() || !r.host.empty()) && valueMatches(f, r.host);
    case FieldLeaf::Which::Service:
        return (!f.prefix || !f.value.empty() || !r.service.empty()) && valueMatches(f, r.service);
    case FieldLeaf::Which::Source:
        return (!f.prefix || !f.value.empty() || !r.source.empty()) && valueMatches(f, r.source);
    case FieldLeaf::Which::Level:
        return valueMatches(f, levelName(r.level));
    case FieldLeaf::Which::Extracted:
        if (!r.fields)
            return false;
        for (const Field &field : *r.fields) {
            if (tokenEquals(field.key, f.name) && valueMatches(f, field.value))
                return true;
        }
        return false;
    }
    return false;
}

class Compiler
{
public:
    explicit Compiler(CompiledQuery &out) : m_out(out) {}

    std::optional<QueryError> compile(const QueryNode &root)
    {
        m_out.root = add(root);
        if (m_error)
            return m_error;
        return std::nullopt;
    }

private:
    std::uint32_t add(const QueryNode &node)
    {
        CNode c;
        c.kind = node.kind;
        switch (node.kind) {
        case Kind::All:
            break;
        case Kind::And:
        case Kind::Or:
        case Kind::Not: {
            // Children first (pre-order regex ids: a Regex child gets its id
            // when reached), then their indexes in one contiguous run.
            std::vector<std::uint32_t> kids;
            kids.reserve(node.children.size());
            for (const auto &child : node.children)
                kids.push_back(add(child));
            if (node.kind != Kind::Not) {
                // Cheap tests first: And/Or short-circuit, and the order does not change the result.
                std::stable_sort(kids.begin(), kids.end(), [this](std::uint32_t a, std::uint32_t b) {
                    return m_out.nodes[a].cost < m_out.nodes[b].cost;
                });
            }
            c.first = static_cast<std::uint32_t>(m_out.childIndex.size());
            c.count = static_cast<std::uint32_t>(kids.size());
            if (node.kind == Kind::Not && kids.empty())
                c.kind = Kind::All; // a malformed hand-built Not: treat as nothing
            for (const auto k : kids) {
                m_out.childIndex.push_back(k);
                c.cost = std::max(c.cost, m_out.nodes[k].cost);
            }
            break;
        }
        case Kind::Term:
        case Kind::Prefix:
            c.leaf = static_cast<std::uint32_t>(m_out.terms.size());
            m_out.terms.push_back(makeTerm(node));
            c.cost = 2;
            break;
        case Kind::Regex: {
            c.leaf = static_cast<std::uint32_t>(m_out.regexes.size());
            std::string message;
            auto regex = Detail::CompiledRegex::build(node.value, node.caseless, message);
            if (!regex && !m_error)
                m_error = QueryError{QueryError::Code::InvalidRegex, node.column, "invalid regex: " + message};
            m_out.regexes.push_back(std::move(regex));
            c.cost = 3;
            break;
        }
        case Kind::Field:
        case Kind::FieldPrefix: {
            FieldLeaf f;
            f.name = tokenKeyless(node.field);
            f.value = node.value;
            f.prefix = node.kind == Kind::FieldPrefix;
            f.which = f.name == "host"      ? FieldLeaf::Which::Host
                      : f.name == "service" ? FieldLeaf::Which::Service
                      : f.name == "source"  ? FieldLeaf::Which::Source
                      : f.name == "level"   ? FieldLeaf::Which::Level
                                            : FieldLeaf::Which::Extracted;
            c.leaf = static_cast<std::uint32_t>(m_out.fields.size());
            m_out.fields.push_back(std::move(f));
            c.cost = 1;
            break;
        }
        case Kind::LevelRange:
            c.levelMin = node.levelMin;
            c.levelMax = node.levelMax;
            c.cost = 0;
            break;
        }
        m_out.nodes.push_back(c);
        return static_cast<std::uint32_t>(m_out.nodes.size() - 1);
    }

    static std::string tokenKeyless(std::string_view s)
    {
        std::string out(s);
        for (char &ch : out)
            ch = lowerAscii(ch);
        return out;
    }

    CompiledQuery &m_out;
    std::optional<QueryError> m_error;
};

/** Evaluation state of one matches() call; the scratch is fetched only if a regex runs. */
struct Evaluation
{
    const CompiledQuery &q;
    const RecordView &record;
    std::span<const RegexVerdict> verdicts;
    hs_scratch *scratch = nullptr;

    bool eval(std::uint32_t index)
    {
        const CNode &n = q.nodes[index];
        switch (n.kind) {
        case Kind::All:
            return true;
        case Kind::And:
            for (std::uint32_t i = 0; i < n.count; ++i) {
                if (!eval(q.childIndex[n.first + i]))
                    return false;
            }
            return true;
        case Kind::Or:
            for (std::uint32_t i = 0; i < n.count; ++i) {
                if (eval(q.childIndex[n.first + i]))
                    return true;
            }
            return false;
        case Kind::Not:
            return !eval(q.childIndex[n.first]);
        case Kind::Term:
        case Kind::Prefix:
            return matchTerm(q.terms[n.leaf], record.message);
        case Kind::Field:
        case Kind::FieldPrefix:
            return matchField(q.fields[n.leaf], record);
        case Kind::LevelRange:
            return record.level >= n.levelMin && record.level <= n.levelMax;
        case Kind::Regex: {
            if (n.leaf < verdicts.size() && verdicts[n.leaf] != RegexVerdict::Unknown)
                return verdicts[n.leaf] == RegexVerdict::Match;
            if (!scratch)
                scratch = Detail::threadScratch(q.serial, q.regexes);
            return q.regexes[n.leaf]->matches(record.message, scratch);
        }
        }
        return false;
    }
};

} // namespace

Matcher::Matcher(std::shared_ptr<const CompiledQuery> compiled) : m_compiled(std::move(compiled)) {}

std::variant<Matcher, QueryError> Matcher::compile(const QueryNode &root)
{
    auto compiled = std::make_shared<CompiledQuery>();
    compiled->serial = s_nextSerial.fetch_add(1, std::memory_order_relaxed);
    Compiler compiler(*compiled);
    if (auto error = compiler.compile(root))
        return *error;
    return Matcher(std::move(compiled));
}

bool Matcher::matches(const RecordView &record) const
{
    return matches(record, {});
}

bool Matcher::matches(const RecordView &record, std::span<const RegexVerdict> verdicts) const
{
    Evaluation evaluation{*m_compiled, record, verdicts};
    return evaluation.eval(m_compiled->root);
}

bool Matcher::matchesEverything() const
{
    return m_compiled->nodes[m_compiled->root].kind == Kind::All;
}

std::size_t Matcher::regexCount() const
{
    return m_compiled->regexes.size();
}

bool Matcher::regexMatches(std::size_t regexId, std::string_view text) const
{
    if (regexId >= m_compiled->regexes.size())
        return false;
    hs_scratch *scratch = Detail::threadScratch(m_compiled->serial, m_compiled->regexes);
    return m_compiled->regexes[regexId]->matches(text, scratch);
}

void Matcher::scanRegexBlockImpl(std::size_t regexId, std::string_view block, LineCallback callback,
                                 void *context) const
{
    if (regexId >= m_compiled->regexes.size())
        return;
    std::vector<std::uint32_t> lines;
    {
        hs_scratch *scratch = Detail::threadScratch(m_compiled->serial, m_compiled->regexes);
        m_compiled->regexes[regexId]->scanBlock(block, scratch, lines);
    }
    // After the scan: the callback may use this matcher (and the scratch) again.
    for (const std::uint32_t line : lines)
        callback(context, line);
}

void collectRegexes(const QueryNode &root, std::vector<const QueryNode *> &out)
{
    if (root.kind == Kind::Regex)
        out.push_back(&root);
    if (root.kind != Kind::And && root.kind != Kind::Or && root.kind != Kind::Not)
        return; // as Matcher::compile: only junctions have children
    for (const auto &child : root.children)
        collectRegexes(child, out);
}

} // namespace OpsDeck::Logs
