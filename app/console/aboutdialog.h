// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>

namespace OpsDeck::Core {
class AppContext;
}

namespace OpsDeck::Console {

/** Help › About OpsDeck: versions, SDK, workspace, licence. */
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(Core::AppContext &context, QWidget *parent = nullptr);
};

} // namespace OpsDeck::Console
