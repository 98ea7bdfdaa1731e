// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "secretsstyle.h"

#include "secretstr.h"

#include <QLabel>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace OpsDeck::Secrets::Style {

QColor rotationColor(Backend::RotationState state, const QPalette &palette)
{
    using Backend::RotationState;
    switch (state) {
    case RotationState::Ok: return pick(palette, 0x2e7d32, 0x388e3c);
    case RotationState::Due: return pick(palette, 0xb26a00, 0xc77c02);
    case RotationState::Overdue: return pick(palette, 0xc62828, 0xd32f2f);
    case RotationState::None: break;
    }
    return palette.color(QPalette::PlaceholderText);
}

QString rotationText(Backend::RotationState state)
{
    using Backend::RotationState;
    switch (state) {
    case RotationState::Ok: return Tr::tr("ok");
    case RotationState::Due: return Tr::tr("due");
    case RotationState::Overdue: return Tr::tr("overdue");
    case RotationState::None: break;
    }
    return {};
}

QString kindText(Backend::SecretKind kind)
{
    using Backend::SecretKind;
    switch (kind) {
    case SecretKind::MultiLine: return Tr::tr("Multi-line");
    case SecretKind::Map: return Tr::tr("Key/value map");
    case SecretKind::String:
    case SecretKind::Auto: break;
    }
    return Tr::tr("Text");
}

QString formatTime(const QDateTime &time, const QString &empty)
{
    if (!time.isValid())
        return empty;
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

void showMessage(QLabel *label, const QString &text, Message kind)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
    const QPalette palette = label->parentWidget() ? label->parentWidget()->palette() : label->palette();
    QColor color = palette.color(QPalette::WindowText);
    switch (kind) {
    case Message::Success: color = okColor(palette); break;
    case Message::Warning: color = warnColor(palette); break;
    case Message::Error: color = errorColor(palette); break;
    case Message::Info: break;
    }
    QPalette own = label->palette();
    own.setColor(QPalette::WindowText, color);
    label->setPalette(own);
    label->setProperty("messageKind", int(kind));
}

void makeTitle(QWidget *widget, qreal scale)
{
    QFont font = widget->font();
    font.setPointSizeF(font.pointSizeF() * scale);
    font.setBold(true);
    widget->setFont(font);
}

QString maskText()
{
    return QString(12, QChar(0x2022));
}

} // namespace OpsDeck::Secrets::Style
