// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "queryparser_p.h"

#include "metricstr_p.h"

#include <QSet>

#include <cmath>
#include <limits>

namespace OpsDeck::Metrics::Internal {

namespace {

enum class Tok {
    End, Ident, Number, Duration, String,
    LBrace, RBrace, LParen, RParen, LBracket, RBracket, Comma, Colon, At,
    Assign, NotEqual, RegexMatch, RegexNoMatch,
    EqEq, Gt, Lt, Ge, Le, Plus, Minus, Star, Slash, Percent, Caret,
    Bad,
};

struct Token
{
    Tok kind = Tok::End;
    qsizetype pos = 0;
    QString text;
    double number = 0;
    qint64 durationMs = 0;
};

const QSet<QString> &unsupportedFunctions()
{
    static const QSet<QString> names{
        QStringLiteral("abs"), QStringLiteral("absent"), QStringLiteral("absent_over_time"),
        QStringLiteral("ceil"), QStringLiteral("changes"), QStringLiteral("clamp"),
        QStringLiteral("clamp_max"), QStringLiteral("clamp_min"), QStringLiteral("day_of_month"),
        QStringLiteral("day_of_week"), QStringLiteral("day_of_year"), QStringLiteral("days_in_month"),
        QStringLiteral("delta"), QStringLiteral("deriv"), QStringLiteral("exp"), QStringLiteral("floor"),
        QStringLiteral("holt_winters"), QStringLiteral("hour"), QStringLiteral("idelta"),
        QStringLiteral("irate"), QStringLiteral("label_join"), QStringLiteral("label_replace"),
        QStringLiteral("ln"), QStringLiteral("log2"), QStringLiteral("log10"), QStringLiteral("minute"),
        QStringLiteral("month"), QStringLiteral("predict_linear"), QStringLiteral("resets"),
        QStringLiteral("round"), QStringLiteral("scalar"), QStringLiteral("sgn"), QStringLiteral("sort"),
        QStringLiteral("sort_desc"), QStringLiteral("sqrt"), QStringLiteral("time"),
        QStringLiteral("timestamp"), QStringLiteral("vector"), QStringLiteral("year"),
        QStringLiteral("quantile_over_time"), QStringLiteral("stddev_over_time"),
        QStringLiteral("stdvar_over_time"), QStringLiteral("last_over_time"),
        QStringLiteral("present_over_time"), QStringLiteral("acos"), QStringLiteral("asin"),
        QStringLiteral("atan"), QStringLiteral("cos"), QStringLiteral("sin"), QStringLiteral("tan"),
        QStringLiteral("deg"), QStringLiteral("rad"), QStringLiteral("pi")};
    return names;
}

const QSet<QString> &unsupportedAggregators()
{
    static const QSet<QString> names{QStringLiteral("topk"), QStringLiteral("bottomk"),
                                     QStringLiteral("quantile"), QStringLiteral("stddev"),
                                     QStringLiteral("stdvar"), QStringLiteral("count_values"),
                                     QStringLiteral("group")};
    return names;
}

bool isIdentStart(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || c == u'_' || c == u':';
}
bool isIdentChar(QChar c)
{
    return isIdentStart(c) || (c >= u'0' && c <= u'9');
}
bool isDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    Result<NodePtr> parse()
    {
        if (!advance())
            return m_error;
        auto node = expression(0);
        if (!node)
            return node.error();
        if (m_tok.kind != Tok::End)
            return error(m_tok.pos, Tr::tr("unexpected %1, expected an operator or the end").arg(describe(m_tok)));
        return node;
    }

private:
    // --- errors ---------------------------------------------------------
    QString position(qsizetype pos) const
    {
        int line = 1;
        qsizetype lineStart = 0;
        for (qsizetype i = 0; i < pos && i < m_text.size(); ++i) {
            if (m_text.at(i) == u'\n') {
                ++line;
                lineStart = i + 1;
            }
        }
        return QStringLiteral("%1:%2").arg(line).arg(pos - lineStart + 1);
    }
    Error error(qsizetype pos, const QString &what) const
    {
        return fail(ErrorCode::Parse, Tr::tr("The metrics expression cannot be read."),
                    position(pos) + QStringLiteral(": ") + what);
    }
    Error unsupported(qsizetype pos, const QString &what) const
    {
        return fail(ErrorCode::Unsupported, Tr::tr("Not supported by the embedded source: %1").arg(what),
                    position(pos) + QStringLiteral(": ") + Tr::tr("not supported by the embedded source: %1").arg(what));
    }
    static QString describe(const Token &t)
    {
        switch (t.kind) {
        case Tok::End:
            return Tr::tr("end of input");
        case Tok::Ident:
            return Tr::tr("identifier \"%1\"").arg(t.text);
        case Tok::Number:
            return Tr::tr("number %1").arg(t.text);
        case Tok::Duration:
            return Tr::tr("duration %1").arg(t.text);
        case Tok::String:
            return Tr::tr("string");
        default:
            return QStringLiteral("\"%1\"").arg(t.text);
        }
    }

    // --- lexer ----------------------------------------------------------
    bool advance()
    {
        while (m_pos < m_text.size() && m_text.at(m_pos).isSpace())
            ++m_pos;
        // Comments run to the end of the line, as in PromQL.
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'#') {
            while (m_pos < m_text.size() && m_text.at(m_pos) != u'\n')
                ++m_pos;
            return advance();
        }
        const Tok previous = m_tok.kind;
        m_tok = Token{};
        m_tok.pos = m_pos;
        if (m_pos >= m_text.size())
            return true;
        const QChar c = m_text.at(m_pos);
        auto single = [&](Tok kind, int len) {
            m_tok.kind = kind;
            m_tok.text = m_text.mid(m_pos, len);
            m_pos += len;
            return true;
        };
        const QChar next = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar();
        switch (c.unicode()) {
        case u'{': return single(Tok::LBrace, 1);
        case u'}': return single(Tok::RBrace, 1);
        case u'(': return single(Tok::LParen, 1);
        case u')': return single(Tok::RParen, 1);
        case u'[': return single(Tok::LBracket, 1);
        case u']': return single(Tok::RBracket, 1);
        case u',': return single(Tok::Comma, 1);
        case u'@': return single(Tok::At, 1);
        case u'+': return single(Tok::Plus, 1);
        case u'-': return single(Tok::Minus, 1);
        case u'*': return single(Tok::Star, 1);
        case u'/': return single(Tok::Slash, 1);
        case u'%': return single(Tok::Percent, 1);
        case u'^': return single(Tok::Caret, 1);
        case u'=':
            if (next == u'=') return single(Tok::EqEq, 2);
            if (next == u'~') return single(Tok::RegexMatch, 2);
            return single(Tok::Assign, 1);
        case u'!':
            if (next == u'=') return single(Tok::NotEqual, 2);
            if (next == u'~') return single(Tok::RegexNoMatch, 2);
            m_error = error(m_pos, Tr::tr("unexpected \"!\", expected \"!=\" or \"!~\""));
            return false;
        case u'>':
            if (next == u'=') return single(Tok::Ge, 2);
            return single(Tok::Gt, 1);
        case u'<':
            if (next == u'=') return single(Tok::Le, 2);
            return single(Tok::Lt, 1);
        default:
            break;
        }
        // After a duration, ':' is the subquery step separator, not a name.
        if (c == u':' && (previous == Tok::Duration || !isIdentChar(next)))
            return single(Tok::Colon, 1);
        if (c == u'"' || c == u'\'' || c == u'`')
            return lexString();
        if (isDigit(c) || (c == u'.' && isDigit(next)))
            return lexNumber();
        if (isIdentStart(c)) {
            const qsizetype start = m_pos;
            while (m_pos < m_text.size() && isIdentChar(m_text.at(m_pos)))
                ++m_pos;
            m_tok.kind = Tok::Ident;
            m_tok.text = m_text.mid(start, m_pos - start);
            return true;
        }
        m_error = error(m_pos, Tr::tr("unexpected character \"%1\"").arg(c));
        return false;
    }

    bool lexString()
    {
        const QChar quote = m_text.at(m_pos);
        const qsizetype start = m_pos;
        QString out;
        for (++m_pos; m_pos < m_text.size(); ++m_pos) {
            const QChar c = m_text.at(m_pos);
            if (c == quote) {
                ++m_pos;
                m_tok.kind = Tok::String;
                m_tok.text = out;
                return true;
            }
            if (c == u'\\' && quote != u'`' && m_pos + 1 < m_text.size()) {
                const QChar e = m_text.at(++m_pos);
                switch (e.unicode()) {
                case u'n': out += u'\n'; break;
                case u't': out += u'\t'; break;
                case u'r': out += u'\r'; break;
                case u'\\': case u'"': case u'\'': case u'`': out += e; break;
                default:
                    m_error = error(m_pos - 1, Tr::tr("unknown escape sequence \"\\%1\" in a string").arg(e));
                    return false;
                }
                continue;
            }
            out += c;
        }
        m_error = error(start, Tr::tr("unterminated string, expected a closing %1").arg(quote));
        return false;
    }

    static qint64 unitMs(QStringView unit)
    {
        if (unit == u"ms") return 1;
        if (unit == u"s") return 1000;
        if (unit == u"m") return 60'000;
        if (unit == u"h") return 3'600'000;
        if (unit == u"d") return 86'400'000;
        if (unit == u"w") return 7 * 86'400'000LL;
        if (unit == u"y") return 365 * 86'400'000LL;
        return 0;
    }

    bool lexNumber()
    {
        const qsizetype start = m_pos;
        auto digits = [this] {
            while (m_pos < m_text.size() && isDigit(m_text.at(m_pos)))
                ++m_pos;
        };
        digits();
        const bool integer = m_pos >= m_text.size() || (m_text.at(m_pos) != u'.' && m_text.at(m_pos) != u'e' && m_text.at(m_pos) != u'E');
        if (integer && m_pos < m_text.size() && m_text.at(m_pos).isLetter()) {
            // A duration: (digits unit)+, e.g. 5m or 1h30m.
            qint64 total = 0;
            m_pos = start;
            while (m_pos < m_text.size() && isDigit(m_text.at(m_pos))) {
                const qsizetype numStart = m_pos;
                digits();
                const qint64 amount = m_text.mid(numStart, m_pos - numStart).toLongLong();
                const qsizetype unitStart = m_pos;
                while (m_pos < m_text.size() && m_text.at(m_pos).isLetter())
                    ++m_pos;
                const QString unit = m_text.mid(unitStart, m_pos - unitStart);
                const qint64 factor = unitMs(unit);
                if (factor == 0) {
                    m_error = error(unitStart, Tr::tr("unknown duration unit \"%1\", expected ms, s, m, h, d, w or y").arg(unit));
                    return false;
                }
                total += amount * factor;
            }
            m_tok.kind = Tok::Duration;
            m_tok.text = m_text.mid(start, m_pos - start);
            m_tok.durationMs = total;
            return true;
        }
        if (m_pos < m_text.size() && m_text.at(m_pos) == u'.') {
            ++m_pos;
            digits();
        }
        if (m_pos < m_text.size() && (m_text.at(m_pos) == u'e' || m_text.at(m_pos) == u'E')) {
            qsizetype save = m_pos++;
            if (m_pos < m_text.size() && (m_text.at(m_pos) == u'+' || m_text.at(m_pos) == u'-'))
                ++m_pos;
            if (m_pos < m_text.size() && isDigit(m_text.at(m_pos)))
                digits();
            else
                m_pos = save;
        }
        m_tok.kind = Tok::Number;
        m_tok.text = m_text.mid(start, m_pos - start);
        bool ok = false;
        m_tok.number = m_tok.text.toDouble(&ok);
        if (!ok) {
            m_error = error(start, Tr::tr("malformed number \"%1\"").arg(m_tok.text));
            return false;
        }
        return true;
    }

    bool isKeyword(const QString &word) const
    {
        return m_tok.kind == Tok::Ident && m_tok.text.compare(word, Qt::CaseInsensitive) == 0;
    }

    Result<Token> expect(Tok kind, const QString &what)
    {
        if (m_tok.kind != kind)
            return error(m_tok.pos, Tr::tr("unexpected %1, expected %2").arg(describe(m_tok), what));
        Token t = m_tok;
        if (!advance())
            return m_error;
        return t;
    }

    // --- grammar ----------------------------------------------------------
    static int precedence(Tok kind)
    {
        switch (kind) {
        case Tok::EqEq: case Tok::NotEqual: case Tok::Gt: case Tok::Lt: case Tok::Ge: case Tok::Le:
            return 1;
        case Tok::Plus: case Tok::Minus:
            return 2;
        case Tok::Star: case Tok::Slash: case Tok::Percent:
            return 3;
        case Tok::Caret:
            return 4;
        default:
            return -1;
        }
    }
    static BinOp binOp(Tok kind)
    {
        switch (kind) {
        case Tok::EqEq: return BinOp::Eq;
        case Tok::NotEqual: return BinOp::Ne;
        case Tok::Gt: return BinOp::Gt;
        case Tok::Lt: return BinOp::Lt;
        case Tok::Ge: return BinOp::Ge;
        case Tok::Le: return BinOp::Le;
        case Tok::Plus: return BinOp::Add;
        case Tok::Minus: return BinOp::Sub;
        case Tok::Star: return BinOp::Mul;
        case Tok::Slash: return BinOp::Div;
        case Tok::Percent: return BinOp::Mod;
        default: return BinOp::Pow;
        }
    }

    Result<NodePtr> expression(int minPrec)
    {
        auto lhs = unary();
        if (!lhs)
            return lhs;
        NodePtr left = *lhs;
        for (;;) {
            if (m_tok.kind == Tok::Ident) {
                for (const char *set : {"and", "or", "unless"}) {
                    if (isKeyword(QString::fromLatin1(set)))
                        return unsupported(m_tok.pos, Tr::tr("the set operator \"%1\"").arg(m_tok.text));
                }
            }
            const int prec = precedence(m_tok.kind);
            if (prec < 0 || prec < minPrec)
                return left;
            const Token opTok = m_tok;
            if (!advance())
                return m_error;
            auto node = std::make_shared<Node>();
            node->kind = NodeKind::Binary;
            node->pos = opTok.pos;
            node->op = binOp(opTok.kind);
            if (isKeyword(QStringLiteral("bool"))) {
                if (!isComparison(node->op))
                    return error(m_tok.pos, Tr::tr("\"bool\" only follows a comparison operator"));
                node->boolModifier = true;
                if (!advance())
                    return m_error;
            }
            for (const char *word : {"on", "ignoring", "group_left", "group_right"}) {
                if (isKeyword(QString::fromLatin1(word)))
                    return unsupported(m_tok.pos, Tr::tr("vector matching with \"%1\"").arg(m_tok.text));
            }
            // ^ is right-associative; the others bind to the left.
            auto rhs = expression(opTok.kind == Tok::Caret ? prec : prec + 1);
            if (!rhs)
                return rhs;
            node->args = {left, *rhs};
            const ValueType lt = left->type();
            const ValueType rt = (*rhs)->type();
            if (lt == ValueType::Matrix || rt == ValueType::Matrix)
                return error(opTok.pos, Tr::tr("binary operator \"%1\" cannot take a range vector; wrap it in a function such as rate()").arg(opTok.text));
            if (lt == ValueType::Vector && rt == ValueType::Vector)
                return unsupported(opTok.pos, Tr::tr("binary operator \"%1\" between two vectors (only vector-with-number and number-with-number)").arg(opTok.text));
            if (lt == ValueType::Scalar && rt == ValueType::Scalar && isComparison(node->op) && !node->boolModifier)
                return error(opTok.pos, Tr::tr("comparisons between numbers must use the \"bool\" modifier"));
            left = node;
        }
    }

    Result<NodePtr> unary()
    {
        if (m_tok.kind == Tok::Minus || m_tok.kind == Tok::Plus) {
            const Token sign = m_tok;
            if (!advance())
                return m_error;
            // -a^b is -(a^b), as in PromQL.
            auto operand = expression(precedence(Tok::Caret));
            if (!operand)
                return operand;
            if (sign.kind == Tok::Plus)
                return operand;
            if ((*operand)->type() == ValueType::Matrix)
                return error(sign.pos, Tr::tr("unary minus cannot take a range vector"));
            auto node = std::make_shared<Node>();
            node->kind = NodeKind::Negate;
            node->pos = sign.pos;
            node->args = {*operand};
            return node;
        }
        return postfix();
    }

    Result<NodePtr> postfix()
    {
        auto primaryNode = primary();
        if (!primaryNode)
            return primaryNode;
        NodePtr node = *primaryNode;
        for (;;) {
            if (m_tok.kind == Tok::LBracket) {
                const qsizetype at = m_tok.pos;
                if (node->kind != NodeKind::Selector || node->rangeMs > 0 || node->offsetMs != 0)
                    return error(at, Tr::tr("a range [..] can only follow a metric selector"));
                if (!advance())
                    return m_error;
                auto d = expect(Tok::Duration, Tr::tr("a duration such as 5m"));
                if (!d)
                    return d.error();
                if (m_tok.kind == Tok::Colon)
                    return unsupported(m_tok.pos, Tr::tr("subqueries [range:step]"));
                if (d->durationMs <= 0)
                    return error(d->pos, Tr::tr("the range must be longer than zero"));
                if (auto r = expect(Tok::RBracket, QStringLiteral("\"]\"")); !r)
                    return r.error();
                node->rangeMs = d->durationMs;
            } else if (isKeyword(QStringLiteral("offset"))) {
                const qsizetype at = m_tok.pos;
                if (node->kind != NodeKind::Selector)
                    return error(at, Tr::tr("\"offset\" can only follow a metric selector"));
                if (node->offsetMs != 0)
                    return error(at, Tr::tr("\"offset\" is given twice"));
                if (!advance())
                    return m_error;
                bool negative = false;
                if (m_tok.kind == Tok::Minus) {
                    negative = true;
                    if (!advance())
                        return m_error;
                }
                auto d = expect(Tok::Duration, Tr::tr("a duration such as 1h after \"offset\""));
                if (!d)
                    return d.error();
                node->offsetMs = negative ? -d->durationMs : d->durationMs;
            } else if (m_tok.kind == Tok::At) {
                return unsupported(m_tok.pos, Tr::tr("the @ modifier"));
            } else {
                return node;
            }
        }
    }

    Result<NodePtr> primary()
    {
        const Token t = m_tok;
        switch (t.kind) {
        case Tok::Number: {
            if (!advance())
                return m_error;
            auto node = std::make_shared<Node>();
            node->pos = t.pos;
            node->number = t.number;
            return node;
        }
        case Tok::String:
            return unsupported(t.pos, Tr::tr("string literals as values"));
        case Tok::LParen: {
            if (!advance())
                return m_error;
            auto inner = expression(0);
            if (!inner)
                return inner;
            if (auto r = expect(Tok::RParen, QStringLiteral("\")\"")); !r)
                return r.error();
            return inner;
        }
        case Tok::LBrace:
            return selector(QString(), t.pos);
        case Tok::Ident:
            break;
        case Tok::End:
            return error(t.pos, Tr::tr("unexpected end of input, expected a metric name, a number, a function or \"(\""));
        default:
            return error(t.pos, Tr::tr("unexpected %1, expected a metric name, a number, a function or \"(\"").arg(describe(t)));
        }

        const QString word = t.text;
        const QString lower = word.toLower();
        if (lower == u"inf" || lower == u"nan") {
            if (!advance())
                return m_error;
            auto node = std::make_shared<Node>();
            node->pos = t.pos;
            node->number = lower == u"nan" ? std::numeric_limits<double>::quiet_NaN()
                                           : std::numeric_limits<double>::infinity();
            return node;
        }
        static const QSet<QString> aggregators{QStringLiteral("sum"), QStringLiteral("avg"),
                                               QStringLiteral("min"), QStringLiteral("max"),
                                               QStringLiteral("count")};
        if (unsupportedAggregators().contains(word))
            return unsupported(t.pos, Tr::tr("the aggregation \"%1\"").arg(word));
        if (aggregators.contains(word))
            return aggregation(t);
        static const QSet<QString> keywords{QStringLiteral("by"), QStringLiteral("without"), QStringLiteral("bool"),
                                            QStringLiteral("offset"), QStringLiteral("on"), QStringLiteral("ignoring"),
                                            QStringLiteral("group_left"), QStringLiteral("group_right")};
        if (keywords.contains(lower))
            return error(t.pos, Tr::tr("unexpected keyword \"%1\", expected a metric name, a number or a function").arg(word));
        if (!advance())
            return m_error;
        if (m_tok.kind == Tok::LParen)
            return call(t);
        return selector(word, t.pos);
    }

    Result<NodePtr> call(const Token &name)
    {
        static const QMap<QString, Func> supported{
            {QStringLiteral("rate"), Func::Rate},
            {QStringLiteral("increase"), Func::Increase},
            {QStringLiteral("avg_over_time"), Func::AvgOverTime},
            {QStringLiteral("max_over_time"), Func::MaxOverTime},
            {QStringLiteral("min_over_time"), Func::MinOverTime},
            {QStringLiteral("sum_over_time"), Func::SumOverTime},
            {QStringLiteral("count_over_time"), Func::CountOverTime},
            {QStringLiteral("histogram_quantile"), Func::HistogramQuantile}};
        if (!supported.contains(name.text)) {
            if (unsupportedFunctions().contains(name.text))
                return unsupported(name.pos, Tr::tr("the function %1()").arg(name.text));
            return error(name.pos, Tr::tr("unknown function \"%1\"").arg(name.text));
        }
        auto node = std::make_shared<Node>();
        node->kind = NodeKind::Call;
        node->pos = name.pos;
        node->func = supported.value(name.text);
        auto args = arguments();
        if (!args)
            return args.error();
        node->args = *args;
        if (node->func == Func::HistogramQuantile) {
            if (node->args.size() != 2)
                return error(name.pos, Tr::tr("histogram_quantile() takes 2 arguments (φ, buckets), got %1").arg(node->args.size()));
            if (node->args[0]->type() != ValueType::Scalar)
                return error(node->args[0]->pos, Tr::tr("expected a number (the quantile) as the first argument of histogram_quantile()"));
            if (node->args[1]->type() != ValueType::Vector)
                return error(node->args[1]->pos, Tr::tr("expected an instant vector of _bucket series as the second argument of histogram_quantile()"));
        } else {
            if (node->args.size() != 1)
                return error(name.pos, Tr::tr("%1() takes 1 argument, got %2").arg(name.text).arg(node->args.size()));
            if (node->args[0]->type() != ValueType::Matrix)
                return error(node->args[0]->pos, Tr::tr("expected a range vector such as metric[5m] as the argument of %1()").arg(name.text));
        }
        return NodePtr(node);
    }

    Result<QList<NodePtr>> arguments()
    {
        if (auto r = expect(Tok::LParen, QStringLiteral("\"(\"")); !r)
            return r.error();
        QList<NodePtr> args;
        if (m_tok.kind == Tok::RParen) {
            if (!advance())
                return m_error;
            return args;
        }
        for (;;) {
            auto arg = expression(0);
            if (!arg)
                return arg.error();
            args.append(*arg);
            if (m_tok.kind == Tok::Comma) {
                if (!advance())
                    return m_error;
                continue;
            }
            if (auto r = expect(Tok::RParen, QStringLiteral("\",\" or \")\"")); !r)
                return r.error();
            return args;
        }
    }

    Result<QStringList> groupingLabels()
    {
        if (auto r = expect(Tok::LParen, Tr::tr("\"(\" and label names after \"by\" or \"without\"")); !r)
            return r.error();
        QStringList labels;
        while (m_tok.kind != Tok::RParen) {
            auto label = expect(Tok::Ident, Tr::tr("a label name"));
            if (!label)
                return label.error();
            if (!isValidLabelName(label->text))
                return error(label->pos, Tr::tr("\"%1\" is not a label name").arg(label->text));
            labels.append(label->text);
            if (m_tok.kind == Tok::Comma) {
                if (!advance())
                    return m_error;
            } else if (m_tok.kind != Tok::RParen) {
                return error(m_tok.pos, Tr::tr("unexpected %1, expected \",\" or \")\"").arg(describe(m_tok)));
            }
        }
        if (!advance())
            return m_error;
        return labels;
    }

    Result<NodePtr> aggregation(const Token &name)
    {
        auto node = std::make_shared<Node>();
        node->kind = NodeKind::Aggregate;
        node->pos = name.pos;
        static const QMap<QString, AggOp> ops{{QStringLiteral("sum"), AggOp::Sum}, {QStringLiteral("avg"), AggOp::Avg},
                                              {QStringLiteral("min"), AggOp::Min}, {QStringLiteral("max"), AggOp::Max},
                                              {QStringLiteral("count"), AggOp::Count}};
        node->agg = ops.value(name.text);
        if (!advance())
            return m_error;
        auto modifier = [&]() -> Result<> {
            if (isKeyword(QStringLiteral("by")) || isKeyword(QStringLiteral("without"))) {
                if (node->grouped)
                    return error(m_tok.pos, Tr::tr("\"by\"/\"without\" is given twice"));
                node->without = isKeyword(QStringLiteral("without"));
                node->grouped = true;
                if (!advance())
                    return m_error;
                auto labels = groupingLabels();
                if (!labels)
                    return labels.error();
                node->grouping = *labels;
            }
            return {};
        };
        if (auto r = modifier(); !r)
            return r.error();
        if (m_tok.kind != Tok::LParen)
            return error(m_tok.pos, Tr::tr("unexpected %1, expected \"(\" after %2").arg(describe(m_tok), name.text));
        auto args = arguments();
        if (!args)
            return args.error();
        if (args->size() != 1)
            return error(name.pos, Tr::tr("%1() takes 1 argument, got %2").arg(name.text).arg(args->size()));
        if (args->at(0)->type() != ValueType::Vector)
            return error(args->at(0)->pos, Tr::tr("expected an instant vector as the argument of %1()").arg(name.text));
        node->args = *args;
        if (auto r = modifier(); !r)
            return r.error();
        return NodePtr(node);
    }

    Result<NodePtr> selector(const QString &name, qsizetype pos)
    {
        auto node = std::make_shared<Node>();
        node->kind = NodeKind::Selector;
        node->pos = pos;
        node->metric = name;
        if (m_tok.kind == Tok::LBrace) {
            if (!advance())
                return m_error;
            while (m_tok.kind != Tok::RBrace) {
                if (m_tok.kind != Tok::Ident || !isValidLabelName(m_tok.text))
                    return error(m_tok.pos, Tr::tr("unexpected %1, expected a label name").arg(describe(m_tok)));
                LabelMatcher matcher;
                matcher.name = m_tok.text;
                if (!advance())
                    return m_error;
                switch (m_tok.kind) {
                case Tok::Assign: matcher.op = MatchOp::Equal; break;
                case Tok::NotEqual: matcher.op = MatchOp::NotEqual; break;
                case Tok::RegexMatch: matcher.op = MatchOp::Regex; break;
                case Tok::RegexNoMatch: matcher.op = MatchOp::NotRegex; break;
                default:
                    return error(m_tok.pos, Tr::tr("unexpected %1, expected one of \"=\", \"!=\", \"=~\", \"!~\"").arg(describe(m_tok)));
                }
                if (!advance())
                    return m_error;
                auto value = expect(Tok::String, Tr::tr("a quoted label value"));
                if (!value)
                    return value.error();
                matcher.value = value->text;
                if (matcher.op == MatchOp::Regex || matcher.op == MatchOp::NotRegex) {
                    matcher.regex = QRegularExpression(QRegularExpression::anchoredPattern(matcher.value),
                                                       QRegularExpression::DotMatchesEverythingOption);
                    if (!matcher.regex.isValid()) {
                        return error(value->pos, Tr::tr("invalid regular expression \"%1\": %2")
                                                     .arg(matcher.value, matcher.regex.errorString()));
                    }
                }
                if (matcher.name == nameLabel()) {
                    if (matcher.op == MatchOp::Equal && node->metric.isEmpty())
                        node->metric = matcher.value;
                    else if (!(matcher.op == MatchOp::Equal && node->metric == matcher.value))
                        node->matchers.append(matcher);
                } else {
                    node->matchers.append(matcher);
                }
                if (m_tok.kind == Tok::Comma) {
                    if (!advance())
                        return m_error;
                } else if (m_tok.kind != Tok::RBrace) {
                    return error(m_tok.pos, Tr::tr("unexpected %1, expected \",\" or \"}\"").arg(describe(m_tok)));
                }
            }
            if (!advance())
                return m_error;
        }
        if (node->metric.isEmpty()) {
            const bool anyNonEmpty = std::any_of(node->matchers.cbegin(), node->matchers.cend(),
                                                 [](const LabelMatcher &m) { return !m.matches(QString()); });
            if (!anyNonEmpty)
                return error(pos, Tr::tr("a selector needs a metric name or a label matcher that does not match the empty value"));
        }
        return NodePtr(node);
    }

    const QString &m_text;
    qsizetype m_pos = 0;
    Token m_tok;
    Error m_error;
};

} // namespace

Result<NodePtr> parseQuery(const QString &expression)
{
    return Parser(expression).parse();
}

} // namespace OpsDeck::Metrics::Internal
