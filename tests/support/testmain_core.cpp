// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "testsupport.h"

#include <QCoreApplication>

#include <gmock/gmock.h>

int main(int argc, char **argv)
{
    OpsDeck::Test::prepareEnvironment();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("OpsDeckTest"));
    ::testing::InitGoogleMock(&argc, argv);
    return RUN_ALL_TESTS();
}
