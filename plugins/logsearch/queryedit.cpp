// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "queryedit.h"

#include "logsearchtr.h"
#include "logstyle.h"
#include "querysyntax.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QStringListModel>
#include <QTextCharFormat>
#include <QTextLayout>

using namespace Qt::StringLiterals;

namespace OpsDeck::LogSearch {

QueryEdit::QueryEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(Tr::tr("Search logs: words, \"phrases\", service:api, -level:debug, /regex/ …"));
    setClearButtonEnabled(true);

    m_names = new QStringListModel(this);
    m_completer = new QCompleter(m_names, this);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setModelSorting(QCompleter::CaseInsensitivelySortedModel);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &QueryEdit::insertCompletion);

    connect(this, &QLineEdit::textChanged, this, [this] {
        m_errorColumn = 0; // positions moved: the old mark means nothing now
        rehighlight();
    });
    connect(this, &QLineEdit::textEdited, this, &QueryEdit::updateCompletion);
}

void QueryEdit::setFieldNames(const QStringList &names)
{
    QStringList entries;
    for (const QString &name : names)
        entries.append(name + u':');
    for (const QString &time : {u"since:"_s, u"until:"_s}) {
        if (!entries.contains(time))
            entries.append(time);
    }
    entries.sort(Qt::CaseInsensitive);
    m_names->setStringList(entries);
}

QStringList QueryEdit::fieldNames() const
{
    return m_names->stringList();
}

void QueryEdit::setErrorColumn(int column)
{
    m_errorColumn = column;
    rehighlight();
}

void QueryEdit::keyPressEvent(QKeyEvent *event)
{
    // While the popup is open the completer decides what Enter, Tab and
    // Escape do; the line edit must not run the search on that Enter.
    if (m_completer->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab: event->ignore(); return;
        default: break;
        }
    }
    QLineEdit::keyPressEvent(event);
}

void QueryEdit::changeEvent(QEvent *event)
{
    QLineEdit::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        rehighlight(); // the colours follow the theme
}

void QueryEdit::rehighlight()
{
    const QPalette &pal = palette();
    QList<QTextLayout::FormatRange> formats;
    const auto add = [&formats](qsizetype start, qsizetype length, const QTextCharFormat &format) {
        if (length > 0)
            formats.append({int(start), int(length), format});
    };
    for (const QueryToken &t : tokenizeQuery(text())) {
        QTextCharFormat f;
        switch (t.kind) {
        case QueryToken::Kind::Word:
            if (!t.negated)
                continue;
            f.setForeground(pal.color(QPalette::PlaceholderText));
            break;
        case QueryToken::Kind::Phrase: f.setForeground(Style::phraseColor(pal)); break;
        case QueryToken::Kind::FieldName:
            f.setForeground(Style::fieldColor(pal));
            f.setFontWeight(QFont::DemiBold);
            break;
        case QueryToken::Kind::TimeName:
            f.setForeground(Style::fieldColor(pal));
            f.setFontItalic(true);
            break;
        case QueryToken::Kind::FieldValue:
            if (t.negated)
                f.setForeground(pal.color(QPalette::PlaceholderText));
            else if (text().at(t.start) == u'"')
                f.setForeground(Style::phraseColor(pal));
            else
                continue;
            break;
        case QueryToken::Kind::Operator:
            f.setForeground(Style::operatorColor(pal));
            f.setFontWeight(QFont::Bold);
            break;
        case QueryToken::Kind::Regex: f.setForeground(Style::regexColor(pal)); break;
        }
        add(t.start, t.length, f);
    }
    if (m_errorColumn > 0) {
        QTextCharFormat f;
        f.setUnderlineStyle(QTextCharFormat::WaveUnderline);
        f.setUnderlineColor(Style::errorColor(pal));
        f.setBackground(Style::errorColor(pal).lighter(Style::isDark(pal) ? 40 : 190));
        const qsizetype at = std::min<qsizetype>(m_errorColumn - 1, text().size());
        // At the end of the text there is no character to mark: mark a space.
        add(std::max<qsizetype>(0, at == text().size() ? at - 1 : at), 1, f);
    }

    // The attributes are relative to the cursor (that is how preedit text
    // is placed), hence the subtraction.
    QList<QInputMethodEvent::Attribute> attributes;
    for (const QTextLayout::FormatRange &r : std::as_const(formats)) {
        attributes.append(QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat,
                                                       r.start - cursorPosition(), r.length, r.format));
    }
    QInputMethodEvent event(QString(), attributes);
    QCoreApplication::sendEvent(this, &event);
}

void QueryEdit::updateCompletion()
{
    const auto range = fieldPrefixAt(text(), cursorPosition());
    if (!range || m_names->rowCount() == 0) {
        m_completer->popup()->hide();
        return;
    }
    const QString prefix = text().mid(range->first, range->second - range->first);
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1
            && m_completer->currentCompletion().compare(prefix, Qt::CaseInsensitive) == 0)) {
        m_completer->popup()->hide();
        return;
    }
    m_completer->popup()->setCurrentIndex(m_completer->completionModel()->index(0, 0));
    QRect rect = cursorRect();
    rect.setWidth(std::max(180, m_completer->popup()->sizeHintForColumn(0) + 24));
    m_completer->complete(rect);
}

void QueryEdit::insertCompletion(const QString &completion)
{
    const auto range = fieldPrefixAt(text(), cursorPosition());
    if (!range)
        return;
    QString t = text();
    t.replace(range->first, range->second - range->first, completion);
    setText(t);
    setCursorPosition(int(range->first + completion.size()));
}

} // namespace OpsDeck::LogSearch
