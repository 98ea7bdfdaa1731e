// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
// The registry of deploy target kinds: what a plugin registers, what the
// engine creates, what is refused and what is withdrawn.
#include "testsupport.h"

#include <opsdeck/api/deploytarget.h>
#include <opsdeck/pipelines/localservicetarget.h>

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace {

using namespace OpsDeck;
using namespace OpsDeck::Backend;

Result<std::unique_ptr<IDeployTarget>> makeLocal(const QVariantMap &settings)
{
    auto options = Pipelines::LocalServiceOptions::fromSettings(settings);
    if (!options)
        return options.error();
    return std::unique_ptr<IDeployTarget>(std::make_unique<Pipelines::LocalServiceTarget>(*options));
}

TEST(DeployTargetRegistry, CreatesTheBuiltInTargetFromSettings)
{
    DeployTargetRegistry registry;
    ASSERT_TRUE(Pipelines::registerLocalServiceTarget(registry).ok());
    EXPECT_TRUE(registry.contains(QStringLiteral("local-service")));

    QTemporaryDir dir;
    auto target = registry.create(QStringLiteral("local-service"),
                                  {{QStringLiteral("stateDir"), dir.path()},
                                   {QStringLiteral("publicPorts"), QVariantMap{{QStringLiteral("staging"), 0}}}});
    ASSERT_TRUE(target.ok()) << target.error().toString().toStdString();
    EXPECT_EQ((*target)->kind(), QStringLiteral("local-service"));

    auto missing = registry.create(QStringLiteral("local-service"), {});
    ASSERT_FALSE(missing.ok());
    EXPECT_TRUE(missing.error().detail.contains(QStringLiteral("stateDir")));

    auto badPort = registry.create(QStringLiteral("local-service"),
                                   {{QStringLiteral("stateDir"), dir.path()},
                                    {QStringLiteral("publicPorts"), QVariantMap{{QStringLiteral("staging"), 70000}}}});
    ASSERT_FALSE(badPort.ok());
    EXPECT_TRUE(badPort.error().detail.contains(QStringLiteral("publicPorts.staging")));
}

TEST(DeployTargetRegistry, RefusesDuplicatesAndMalformedKinds)
{
    DeployTargetRegistry registry;
    ASSERT_TRUE(registry.add({QStringLiteral("kubernetes"), QStringLiteral("Kubernetes"), QStringLiteral("kube"), makeLocal}).ok());
    auto twice = registry.add({QStringLiteral("kubernetes"), QStringLiteral("Other"), QStringLiteral("other"), makeLocal});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::AlreadyExists);
    EXPECT_TRUE(twice.error().detail.contains(QStringLiteral("kube")));

    EXPECT_EQ(registry.add({QStringLiteral("Kube Cluster"), {}, {}, makeLocal}).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(registry.add({QStringLiteral("ec2"), {}, {}, {}}).error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(registry.create(QStringLiteral("salesforce"), {}).error().code, ErrorCode::NotFound);
}

TEST(DeployTargetRegistry, WithdrawsWhatAPluginRegistered)
{
    DeployTargetRegistry registry;
    ASSERT_TRUE(registry.add({QStringLiteral("ec2"), {}, QStringLiteral("aws"), makeLocal}).ok());
    ASSERT_TRUE(registry.add({QStringLiteral("lambda"), {}, QStringLiteral("aws"), makeLocal}).ok());
    ASSERT_TRUE(Pipelines::registerLocalServiceTarget(registry).ok());
    registry.removeOwnedBy(QStringLiteral("aws"));
    QStringList kinds;
    for (const DeployTargetKind &kind : registry.kinds())
        kinds.append(kind.kind);
    EXPECT_EQ(kinds, QStringList{QStringLiteral("local-service")});
    EXPECT_TRUE(registry.remove(QStringLiteral("local-service")));
    EXPECT_FALSE(registry.remove(QStringLiteral("local-service")));
}

TEST(DeployRequest, ValidateNamesTheField)
{
    DeployRequest request;
    request.deploymentId = QStringLiteral("dep 1");
    EXPECT_TRUE(request.validate().contains(QStringLiteral("deploymentId")));
    request.deploymentId = QStringLiteral("dep_1");
    request.environment = QStringLiteral("production");
    EXPECT_TRUE(request.validate().contains(QStringLiteral("artifactDir")));
    request.artifactDir = QStringLiteral("out");
    request.healthPath = QStringLiteral("health");
    EXPECT_TRUE(request.validate().contains(QStringLiteral("healthPath")));
    request.healthPath = QStringLiteral("/health");
    EXPECT_TRUE(request.validate().isEmpty());
    EXPECT_EQ(standardEnvironments(),
              (QStringList{QStringLiteral("development"), QStringLiteral("staging"), QStringLiteral("production")}));
}

} // namespace
