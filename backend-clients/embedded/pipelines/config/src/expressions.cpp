// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The two condition languages: GitLab's `rules:if` and GitHub's `${{ }}`.
// Both are small recursive-descent parsers that evaluate as they parse; a
// syntax error is a std::invalid_argument naming the column.
#include <opsdeck/pipelines/pipelinereader.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <optional>
#include <regex>
#include <stdexcept>
#include <variant>

namespace OpsDeck::Pipelines {

namespace {

std::string lower(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

[[noreturn]] void syntaxError(const std::string &what, std::size_t column)
{
    throw std::invalid_argument(what + " at column " + std::to_string(column + 1));
}

bool isNameChar(char c)
{
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// ---------------------------------------------------------------- GitLab

// A GitLab operand: a string, null (undefined variable) or a /regex/.
struct GlOperand
{
    std::optional<std::string> text; // nullopt = null
    bool isRegex = false;
    std::string flags;
};

// Large pipelines test the same few patterns thousands of times (one rule list
// per job); compiling a std::regex is far dearer than matching, so keep them.
std::optional<std::regex> compileGitLabRegex(const std::string &pattern, const std::string &flags)
{
    thread_local std::map<std::string, std::optional<std::regex>> cache;
    const std::string key = flags + "/" + pattern;
    if (auto it = cache.find(key); it != cache.end())
        return it->second;
    auto options = std::regex::ECMAScript;
    if (flags.find('i') != std::string::npos)
        options |= std::regex::icase;
    std::optional<std::regex> compiled;
    try {
        compiled = std::regex(pattern, options);
    } catch (const std::regex_error &) {
    }
    if (cache.size() > 1000)
        cache.clear();
    cache.emplace(key, compiled);
    return compiled;
}

// "/re/flags" held in a variable, as in `$CI_COMMIT_REF_NAME =~ $PATTERN`.
std::optional<GlOperand> regexFromText(const std::string &text)
{
    if (text.size() < 2 || text.front() != '/')
        return std::nullopt;
    std::size_t end = text.rfind('/');
    if (end == 0)
        return std::nullopt;
    std::string flags = text.substr(end + 1);
    if (!std::all_of(flags.begin(), flags.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); }))
        return std::nullopt;
    return GlOperand{text.substr(1, end - 1), true, flags};
}

/** What both expression languages share: the text, the position, white space and tokens. */
class ExpressionScanner
{
protected:
    explicit ExpressionScanner(const std::string &text) : m_text(text) {}

    void skip()
    {
        while (m_pos < m_text.size() && std::isspace(static_cast<unsigned char>(m_text[m_pos])))
            ++m_pos;
    }
    bool eat(std::string_view token)
    {
        skip();
        if (m_text.compare(m_pos, token.size(), token) == 0) {
            m_pos += token.size();
            return true;
        }
        return false;
    }

    const std::string &m_text;
    std::size_t m_pos = 0;
    int m_depth = 0;
};

class GitLabParser : private ExpressionScanner
{
public:
    GitLabParser(const std::string &text, const std::map<std::string, std::string> &vars)
        : ExpressionScanner(text), m_vars(vars) {}

    bool run()
    {
        bool value = parseOr();
        skip();
        if (m_pos != m_text.size())
            syntaxError("unexpected '" + m_text.substr(m_pos, 10) + "'", m_pos);
        return value;
    }

private:
    bool parseOr()
    {
        bool value = parseAnd();
        while (eat("||"))
            value = parseAnd() || value;
        return value;
    }
    bool parseAnd()
    {
        bool value = parsePrimary();
        while (eat("&&"))
            value = parsePrimary() && value;
        return value;
    }
    bool parsePrimary()
    {
        if (++m_depth > 100)
            syntaxError("expression nests too deep", m_pos);
        skip();
        bool value = false;
        if (eat("(")) {
            value = parseOr();
            if (!eat(")"))
                syntaxError("missing ')'", m_pos);
        } else {
            GlOperand lhs = parseOperand();
            skip();
            std::string op;
            for (const char *candidate : {"==", "!=", "=~", "!~"})
                if (eat(candidate)) {
                    op = candidate;
                    break;
                }
            if (op.empty()) {
                value = lhs.text.has_value() && !lhs.text->empty();
            } else {
                GlOperand rhs = parseOperand();
                value = compare(lhs, op, rhs);
            }
        }
        --m_depth;
        return value;
    }
    static bool compare(const GlOperand &lhs, const std::string &op, GlOperand rhs)
    {
        if (op == "==" || op == "!=") {
            bool equal = lhs.text == rhs.text;
            return op == "==" ? equal : !equal;
        }
        if (!rhs.isRegex) {
            // A variable holding "/re/" is a pattern; anything else is not.
            auto parsed = rhs.text ? regexFromText(*rhs.text) : std::nullopt;
            if (!parsed)
                return op == "!~";
            rhs = *parsed;
        }
        auto re = compileGitLabRegex(*rhs.text, rhs.flags);
        if (!re)
            throw std::invalid_argument("invalid regular expression /" + *rhs.text + "/");
        // GitLab matches an undefined variable as the empty string.
        bool matches = std::regex_search(lhs.text.value_or(std::string()), *re);
        return op == "=~" ? matches : !matches;
    }
    GlOperand parseOperand()
    {
        skip();
        if (m_pos >= m_text.size())
            syntaxError("expected a value", m_pos);
        char c = m_text[m_pos];
        if (c == '$') {
            ++m_pos;
            bool braced = m_pos < m_text.size() && m_text[m_pos] == '{';
            if (braced)
                ++m_pos;
            std::size_t start = m_pos;
            while (m_pos < m_text.size() && isNameChar(m_text[m_pos]))
                ++m_pos;
            if (start == m_pos)
                syntaxError("expected a variable name after '$'", start);
            std::string name = m_text.substr(start, m_pos - start);
            if (braced && !eat("}"))
                syntaxError("missing '}'", m_pos);
            auto it = m_vars.find(name);
            if (it == m_vars.end())
                return {};
            return {it->second};
        }
        if (c == '"' || c == '\'') {
            ++m_pos;
            std::string out;
            while (m_pos < m_text.size() && m_text[m_pos] != c) {
                if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size() && m_text[m_pos + 1] == c)
                    ++m_pos;
                out += m_text[m_pos++];
            }
            if (m_pos >= m_text.size())
                syntaxError("unterminated string", m_pos);
            ++m_pos;
            // A quoted "/re/" on the right of =~ is a pattern too.
            return {out};
        }
        if (c == '/') {
            std::size_t start = ++m_pos;
            while (m_pos < m_text.size() && m_text[m_pos] != '/') {
                if (m_text[m_pos] == '\\' && m_pos + 1 < m_text.size())
                    ++m_pos;
                ++m_pos;
            }
            if (m_pos >= m_text.size())
                syntaxError("unterminated /regex/", start - 1);
            std::string pattern = m_text.substr(start, m_pos - start);
            ++m_pos;
            std::size_t fstart = m_pos;
            while (m_pos < m_text.size() && std::isalpha(static_cast<unsigned char>(m_text[m_pos])))
                ++m_pos;
            return {pattern, true, m_text.substr(fstart, m_pos - fstart)};
        }
        if (m_text.compare(m_pos, 4, "null") == 0) {
            m_pos += 4;
            return {};
        }
        syntaxError("unexpected '" + std::string(1, c) + "'", m_pos);
    }

    const std::map<std::string, std::string> &m_vars;
};

// ---------------------------------------------------------------- GitHub

struct GhValue
{
    std::variant<std::monostate, bool, double, std::string> v;

    bool truthy() const
    {
        if (std::holds_alternative<bool>(v))
            return std::get<bool>(v);
        if (std::holds_alternative<double>(v))
            return std::get<double>(v) != 0 && !std::isnan(std::get<double>(v));
        if (std::holds_alternative<std::string>(v))
            return !std::get<std::string>(v).empty();
        return false;
    }
    std::string text() const
    {
        if (std::holds_alternative<bool>(v))
            return std::get<bool>(v) ? "true" : "false";
        if (std::holds_alternative<double>(v)) {
            double d = std::get<double>(v);
            if (d == std::floor(d) && std::abs(d) < 1e15)
                return std::to_string(static_cast<long long>(d));
            return std::to_string(d);
        }
        if (std::holds_alternative<std::string>(v))
            return std::get<std::string>(v);
        return {};
    }
    double number() const
    {
        if (std::holds_alternative<bool>(v))
            return std::get<bool>(v) ? 1 : 0;
        if (std::holds_alternative<double>(v))
            return std::get<double>(v);
        if (std::holds_alternative<std::string>(v)) {
            const std::string &s = std::get<std::string>(v);
            if (s.empty())
                return 0;
            double d = 0;
            auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), d);
            if (ec != std::errc() || ptr != s.data() + s.size())
                return std::nan("");
            return d;
        }
        return 0;
    }
};

// GitHub's loose equality: strings compare case-insensitively, mixed types as numbers.
int ghCompare(const GhValue &a, const GhValue &b, bool &comparable)
{
    comparable = true;
    if (std::holds_alternative<std::string>(a.v) && std::holds_alternative<std::string>(b.v)) {
        std::string x = lower(a.text()), y = lower(b.text());
        return x < y ? -1 : (x > y ? 1 : 0);
    }
    if (std::holds_alternative<std::monostate>(a.v) && std::holds_alternative<std::monostate>(b.v))
        return 0;
    double x = a.number(), y = b.number();
    if (std::isnan(x) || std::isnan(y)) {
        comparable = false;
        return 1;
    }
    return x < y ? -1 : (x > y ? 1 : 0);
}

class GitHubParser : private ExpressionScanner
{
public:
    GitHubParser(const std::string &text, const GitHubExpressionContext &ctx) : ExpressionScanner(text), m_ctx(ctx) {}

    GhValue run()
    {
        GhValue value = parseOr();
        skip();
        if (m_pos != m_text.size())
            syntaxError("unexpected '" + m_text.substr(m_pos, 10) + "'", m_pos);
        return value;
    }
    bool usedStatusFunction = false;

private:
    GhValue parseOr()
    {
        GhValue value = parseAnd();
        while (eat("||")) {
            GhValue rhs = parseAnd();
            if (!value.truthy())
                value = rhs;
        }
        return value;
    }
    GhValue parseAnd()
    {
        GhValue value = parseComparison();
        while (eat("&&")) {
            GhValue rhs = parseComparison();
            if (value.truthy())
                value = rhs;
        }
        return value;
    }
    GhValue parseComparison()
    {
        GhValue lhs = parseUnary();
        for (;;) {
            skip();
            std::string op;
            for (const char *candidate : {"==", "!=", "<=", ">=", "<", ">"})
                if (m_text.compare(m_pos, std::char_traits<char>::length(candidate), candidate) == 0) {
                    op = candidate;
                    break;
                }
            if (op.empty())
                return lhs;
            m_pos += op.size();
            GhValue rhs = parseUnary();
            bool comparable = true;
            int c = ghCompare(lhs, rhs, comparable);
            bool result = false;
            if (op == "==")
                result = comparable && c == 0;
            else if (op == "!=")
                result = !(comparable && c == 0);
            else if (comparable)
                result = op == "<" ? c < 0 : op == "<=" ? c <= 0 : op == ">" ? c > 0 : c >= 0;
            lhs = GhValue{result};
        }
    }
    GhValue parseUnary()
    {
        if (eat("!")) {
            if (++m_depth > 100)
                syntaxError("expression nests too deep", m_pos);
            GhValue v = parseUnary();
            --m_depth;
            return GhValue{!v.truthy()};
        }
        return parsePrimary();
    }
    GhValue parsePrimary()
    {
        if (++m_depth > 100)
            syntaxError("expression nests too deep", m_pos);
        skip();
        GhValue result;
        if (m_pos >= m_text.size())
            syntaxError("expected a value", m_pos);
        char c = m_text[m_pos];
        if (eat("(")) {
            result = parseOr();
            if (!eat(")"))
                syntaxError("missing ')'", m_pos);
        } else if (c == '\'') {
            ++m_pos;
            std::string out;
            for (;;) {
                if (m_pos >= m_text.size())
                    syntaxError("unterminated string", m_pos);
                if (m_text[m_pos] == '\'') {
                    if (m_pos + 1 < m_text.size() && m_text[m_pos + 1] == '\'') {
                        out += '\'';
                        m_pos += 2;
                        continue;
                    }
                    ++m_pos;
                    break;
                }
                out += m_text[m_pos++];
            }
            result = GhValue{out};
        } else if (std::isdigit(static_cast<unsigned char>(c)) || c == '-' || c == '.') {
            std::size_t start = m_pos++;
            while (m_pos < m_text.size()
                   && (std::isalnum(static_cast<unsigned char>(m_text[m_pos])) || m_text[m_pos] == '.'))
                ++m_pos;
            GhValue s{m_text.substr(start, m_pos - start)};
            result = GhValue{s.number()};
        } else if (std::isalpha(static_cast<unsigned char>(c)) || c == '_') {
            result = parseNameOrCall();
        } else {
            syntaxError("unexpected '" + std::string(1, c) + "'", m_pos);
        }
        --m_depth;
        return result;
    }
    std::string parseName()
    {
        std::size_t start = m_pos;
        while (m_pos < m_text.size() && (isNameChar(m_text[m_pos]) || m_text[m_pos] == '-'))
            ++m_pos;
        return m_text.substr(start, m_pos - start);
    }
    GhValue parseNameOrCall()
    {
        std::string name = parseName();
        std::string lname = lower(name);
        if (lname == "true")
            return GhValue{true};
        if (lname == "false")
            return GhValue{false};
        if (lname == "null")
            return GhValue{};
        skip();
        if (m_pos < m_text.size() && m_text[m_pos] == '(') {
            ++m_pos;
            std::vector<GhValue> args;
            skip();
            if (!eat(")")) {
                do {
                    args.push_back(parseOr());
                } while (eat(","));
                if (!eat(")"))
                    syntaxError("missing ')' after the arguments of " + name, m_pos);
            }
            return call(lname, args);
        }
        // A property path: github.ref, env.NAME, matrix['os'], steps.x.outputs.y
        std::string path = name;
        for (;;) {
            if (m_pos < m_text.size() && m_text[m_pos] == '.') {
                ++m_pos;
                if (m_pos < m_text.size() && m_text[m_pos] == '*') {
                    ++m_pos;
                    path += ".*";
                    continue;
                }
                path += "." + parseName();
            } else if (m_pos < m_text.size() && m_text[m_pos] == '[') {
                ++m_pos;
                GhValue index = parseOr();
                if (!eat("]"))
                    syntaxError("missing ']'", m_pos);
                path += "." + index.text();
            } else {
                break;
            }
        }
        auto it = m_ctx.values.find(path);
        if (it == m_ctx.values.end()) {
            // Context names are case-insensitive in GitHub; try the lowercase head.
            std::size_t dot = path.find('.');
            std::string alt = dot == std::string::npos ? lower(path) : lower(path.substr(0, dot)) + path.substr(dot);
            it = m_ctx.values.find(alt);
        }
        if (it == m_ctx.values.end())
            return {};
        return GhValue{it->second};
    }
    GhValue call(const std::string &name, const std::vector<GhValue> &args)
    {
        auto arg = [&](std::size_t i) { return i < args.size() ? args[i] : GhValue{}; };
        if (name == "success") {
            usedStatusFunction = true;
            return GhValue{m_ctx.jobStatus == "success"};
        }
        if (name == "failure") {
            usedStatusFunction = true;
            return GhValue{m_ctx.jobStatus == "failure"};
        }
        if (name == "cancelled") {
            usedStatusFunction = true;
            return GhValue{m_ctx.jobStatus == "cancelled"};
        }
        if (name == "always") {
            usedStatusFunction = true;
            return GhValue{true};
        }
        if (name == "contains")
            return GhValue{lower(arg(0).text()).find(lower(arg(1).text())) != std::string::npos};
        if (name == "startswith") {
            std::string a = lower(arg(0).text()), b = lower(arg(1).text());
            return GhValue{a.compare(0, b.size(), b) == 0};
        }
        if (name == "endswith") {
            std::string a = lower(arg(0).text()), b = lower(arg(1).text());
            return GhValue{a.size() >= b.size() && a.compare(a.size() - b.size(), b.size(), b) == 0};
        }
        if (name == "format") {
            std::string fmt = arg(0).text(), out;
            for (std::size_t i = 0; i < fmt.size(); ++i) {
                if (fmt[i] == '{' && i + 1 < fmt.size() && fmt[i + 1] == '{') {
                    out += '{';
                    ++i;
                } else if (fmt[i] == '}' && i + 1 < fmt.size() && fmt[i + 1] == '}') {
                    out += '}';
                    ++i;
                } else if (fmt[i] == '{') {
                    std::size_t close = fmt.find('}', i);
                    if (close == std::string::npos)
                        break;
                    std::size_t n = 0;
                    std::from_chars(fmt.data() + i + 1, fmt.data() + close, n);
                    out += arg(n + 1).text();
                    i = close;
                } else {
                    out += fmt[i];
                }
            }
            return GhValue{out};
        }
        if (name == "join" || name == "tojson" || name == "fromjson" || name == "hashfiles")
            return GhValue{arg(0).text()};
        syntaxError("unknown function " + name + "()", m_pos);
    }

    const GitHubExpressionContext &m_ctx;
};

std::string stripBraces(const std::string &expression)
{
    std::string s = expression;
    auto trim = [](std::string &t) {
        t.erase(0, t.find_first_not_of(" \t\r\n"));
        t.erase(t.find_last_not_of(" \t\r\n") + 1);
    };
    trim(s);
    if (s.size() >= 5 && s.compare(0, 3, "${{") == 0 && s.compare(s.size() - 2, 2, "}}") == 0
        && s.find("${{", 3) == std::string::npos) {
        s = s.substr(3, s.size() - 5);
        trim(s);
    }
    return s;
}

} // namespace

bool evaluateGitLabCondition(const std::string &expression,
                             const std::map<std::string, std::string> &variables)
{
    return GitLabParser(expression, variables).run();
}

bool evaluateGitHubCondition(const std::string &expression, const GitHubExpressionContext &context)
{
    std::string inner = stripBraces(expression);
    if (inner.empty())
        return context.jobStatus == "success";
    GitHubParser parser(inner, context);
    bool value = parser.run().truthy();
    // Without a status function GitHub adds an implicit success().
    if (!parser.usedStatusFunction)
        value = value && context.jobStatus == "success";
    return value;
}

std::string expandGitHubExpressions(const std::string &text, const GitHubExpressionContext &context)
{
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t open = text.find("${{", pos);
        if (open == std::string::npos)
            break;
        std::size_t close = text.find("}}", open + 3);
        if (close == std::string::npos)
            break;
        out += text.substr(pos, open - pos);
        std::string inner = text.substr(open + 3, close - open - 3);
        try {
            out += GitHubParser(inner, context).run().text();
        } catch (const std::invalid_argument &) {
            out += text.substr(open, close + 2 - open);
        }
        pos = close + 2;
    }
    out += text.substr(pos);
    return out;
}

} // namespace OpsDeck::Pipelines
