// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
//
// PluginSpec::fromMetaData on hand-made metadata: what is accepted, and that
// every refusal names the key that is wrong.
#include "qtprinters.h"

#include <opsdeck/sdk/iplugin.h>
#include <opsdeck/sdk/pluginspec.h>

#include <QJsonArray>
#include <QJsonObject>

#include <gtest/gtest.h>

using OpsDeck::Sdk::PluginDependency;
using OpsDeck::Sdk::PluginSpec;
using OpsDeck::Sdk::PluginState;

namespace {

const QVersionNumber kHost(1, 4, 2);

QJsonObject validMetaData()
{
    return QJsonObject{
        {QStringLiteral("Id"), QStringLiteral("pipelines")},
        {QStringLiteral("Name"), QStringLiteral("Pipelines")},
        {QStringLiteral("Version"), QStringLiteral("0.4.0")},
        {QStringLiteral("CompatVersion"), QStringLiteral("0.3.0")},
        {QStringLiteral("SdkVersion"), QStringLiteral("1.2.0")},
        {QStringLiteral("Vendor"), QStringLiteral("OpsDeck")},
        {QStringLiteral("Description"), QStringLiteral("CI/CD pipeline runs.")},
        {QStringLiteral("Category"), QStringLiteral("Delivery")},
        {QStringLiteral("License"), QStringLiteral("Apache-2.0")},
        {QStringLiteral("Url"), QStringLiteral("https://opsdeck.dev")},
        {QStringLiteral("Dependencies"),
         QJsonArray{QJsonObject{{QStringLiteral("Id"), QStringLiteral("logsearch")},
                                {QStringLiteral("Version"), QStringLiteral("0.3.0")},
                                {QStringLiteral("Type"), QStringLiteral("optional")}},
                    QJsonObject{{QStringLiteral("Id"), QStringLiteral("secrets")},
                                {QStringLiteral("Version"), QStringLiteral("1.0")}}}},
        {QStringLiteral("Capabilities"),
         QJsonArray{QStringLiteral("pipelines"), QStringLiteral("logstore")}},
    };
}

/** What QPluginLoader::metaData() returns for a plugin with \a md. */
QJsonObject wrap(const QJsonObject &md, const QString &iid = QStringLiteral(OPSDECK_PLUGIN_IID))
{
    return QJsonObject{{QStringLiteral("IID"), iid},
                       {QStringLiteral("className"), QStringLiteral("PipelinesPlugin")},
                       {QStringLiteral("MetaData"), md}};
}

PluginSpec read(const QJsonObject &md, const QVersionNumber &host = kHost)
{
    return PluginSpec::fromMetaData(wrap(md), QStringLiteral("/plugins/opsdeck_pipelines.so"),
                                    host);
}

QJsonObject with(QJsonObject md, const QString &key, const QJsonValue &value)
{
    md.insert(key, value);
    return md;
}

QJsonObject without(QJsonObject md, const QString &key)
{
    md.remove(key);
    return md;
}

QJsonObject withDependency(const QJsonObject &dependency)
{
    return with(validMetaData(), QStringLiteral("Dependencies"), QJsonArray{dependency});
}

PluginSpec provider(const char *version, const char *compat)
{
    PluginSpec spec;
    spec.id = QStringLiteral("logsearch");
    spec.version = QVersionNumber::fromString(QLatin1String(version));
    spec.compatVersion = QVersionNumber::fromString(QLatin1String(compat));
    return spec;
}

PluginDependency needs(const char *version, const char *id = "logsearch")
{
    return PluginDependency{QString::fromLatin1(id),
                            QVersionNumber::fromString(QLatin1String(version)), false};
}

} // namespace

TEST(PluginSpec, ReadsValidMetaData)
{
    const PluginSpec spec = read(validMetaData());
    ASSERT_EQ(spec.state, PluginState::Read) << spec.error.toStdString();
    EXPECT_TRUE(spec.error.isEmpty());
    EXPECT_EQ(spec.filePath, QStringLiteral("/plugins/opsdeck_pipelines.so"));
    EXPECT_EQ(spec.fileName, QStringLiteral("opsdeck_pipelines.so"));
    EXPECT_EQ(spec.id, QStringLiteral("pipelines"));
    EXPECT_EQ(spec.name, QStringLiteral("Pipelines"));
    EXPECT_EQ(spec.version, QVersionNumber(0, 4, 0));
    EXPECT_EQ(spec.compatVersion, QVersionNumber(0, 3, 0));
    EXPECT_EQ(spec.sdkVersion, QVersionNumber(1, 2, 0));
    EXPECT_EQ(spec.vendor, QStringLiteral("OpsDeck"));
    EXPECT_EQ(spec.description, QStringLiteral("CI/CD pipeline runs."));
    EXPECT_EQ(spec.category, QStringLiteral("Delivery"));
    EXPECT_EQ(spec.license, QStringLiteral("Apache-2.0"));
    EXPECT_EQ(spec.url, QStringLiteral("https://opsdeck.dev"));
    ASSERT_EQ(spec.dependencies.size(), 2);
    EXPECT_EQ(spec.dependencies.at(0),
              (PluginDependency{QStringLiteral("logsearch"), QVersionNumber(0, 3, 0), true}));
    EXPECT_EQ(spec.dependencies.at(1),
              (PluginDependency{QStringLiteral("secrets"), QVersionNumber(1, 0), false}));
    EXPECT_EQ(spec.capabilities,
              (QStringList{QStringLiteral("pipelines"), QStringLiteral("logstore")}));
    EXPECT_EQ(spec.instance, nullptr);
}

TEST(PluginSpec, OptionalKeysMayBeLeftOut)
{
    QJsonObject md;
    md.insert(QStringLiteral("Id"), QStringLiteral("tiny"));
    md.insert(QStringLiteral("Name"), QStringLiteral("Tiny"));
    md.insert(QStringLiteral("Version"), QStringLiteral("2"));
    md.insert(QStringLiteral("SdkVersion"), QStringLiteral("1"));
    const PluginSpec spec = read(md);
    ASSERT_EQ(spec.state, PluginState::Read) << spec.error.toStdString();
    EXPECT_EQ(spec.compatVersion, spec.version); // CompatVersion defaults to Version
    EXPECT_TRUE(spec.dependencies.isEmpty());
    EXPECT_TRUE(spec.capabilities.isEmpty());
    EXPECT_TRUE(spec.vendor.isEmpty());
}

TEST(PluginSpec, RefusesAFileWithoutMetaData)
{
    const PluginSpec spec =
        PluginSpec::fromMetaData({}, QStringLiteral("/plugins/libfoo.so"), kHost);
    EXPECT_EQ(spec.state, PluginState::Invalid);
    EXPECT_EQ(spec.error, QStringLiteral("not a Qt plugin: the file has no plugin metadata"));
    EXPECT_EQ(spec.fileName, QStringLiteral("libfoo.so"));
}

TEST(PluginSpec, RefusesAnotherApplicationsPlugin)
{
    const PluginSpec spec = PluginSpec::fromMetaData(
        wrap(validMetaData(), QStringLiteral("org.kde.KTextEditor.Plugin")),
        QStringLiteral("/plugins/x.so"), kHost);
    EXPECT_EQ(spec.state, PluginState::Invalid);
    OPSDECK_EXPECT_CONTAINS(spec.error, QStringLiteral("not an OpsDeck plugin"));
    OPSDECK_EXPECT_CONTAINS(spec.error, QStringLiteral("org.kde.KTextEditor.Plugin"));
}

TEST(PluginSpec, RefusesAnotherSdkMajorByInterfaceId)
{
    const PluginSpec spec =
        PluginSpec::fromMetaData(wrap(validMetaData(), QStringLiteral("dev.opsdeck.Plugin/2")),
                                 QStringLiteral("/plugins/x.so"), kHost);
    EXPECT_EQ(spec.state, PluginState::Invalid);
    EXPECT_EQ(spec.error,
              QStringLiteral("built for SDK major version 2, but this console provides SDK 1.4.2"));
}

TEST(PluginSpec, RefusesMissingOrEmptyMetaDataObject)
{
    for (const QJsonObject &meta :
         {QJsonObject{{QStringLiteral("IID"), QStringLiteral(OPSDECK_PLUGIN_IID)}},
          wrap(QJsonObject{})}) {
        const PluginSpec spec =
            PluginSpec::fromMetaData(meta, QStringLiteral("/plugins/x.so"), kHost);
        EXPECT_EQ(spec.state, PluginState::Invalid);
        EXPECT_EQ(spec.error, QStringLiteral("the plugin's JSON metadata is missing or empty"));
    }
}

struct KeyCase
{
    const char *label;
    QJsonObject metaData;
    const char *expected; ///< the whole error message
};

void PrintTo(const KeyCase &c, std::ostream *os)
{
    *os << c.label;
}

class PluginSpecKey : public ::testing::TestWithParam<KeyCase>
{
};

TEST_P(PluginSpecKey, ErrorNamesTheKey)
{
    const KeyCase &c = GetParam();
    const PluginSpec spec = read(c.metaData);
    EXPECT_EQ(spec.state, PluginState::Invalid);
    EXPECT_EQ(spec.error, QString::fromUtf8(c.expected));
}

std::vector<KeyCase> keyCases()
{
    const QJsonObject md = validMetaData();
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    const QJsonObject dep{{s("Id"), s("logsearch")}, {s("Version"), s("0.3.0")}};
    return {
        {"IdMissing", without(md, s("Id")), "metadata key \"Id\" is missing"},
        {"IdNotString", with(md, s("Id"), 7), "metadata key \"Id\" must be a string"},
        {"IdEmpty", with(md, s("Id"), s("  ")), "metadata key \"Id\" is empty"},
        {"IdUppercase", with(md, s("Id"), s("Pipelines")),
         "metadata key \"Id\": \"Pipelines\" must be lowercase letters, digits, '.', '-' or '_', "
         "starting with a letter"},
        {"IdStartsWithDigit", with(md, s("Id"), s("1password")),
         "metadata key \"Id\": \"1password\" must be lowercase letters, digits, '.', '-' or '_', "
         "starting with a letter"},
        {"NameMissing", without(md, s("Name")), "metadata key \"Name\" is missing"},
        {"NameNotString", with(md, s("Name"), QJsonArray{}),
         "metadata key \"Name\" must be a string"},
        {"NameEmpty", with(md, s("Name"), s("")), "metadata key \"Name\" is empty"},
        {"VendorNotString", with(md, s("Vendor"), true),
         "metadata key \"Vendor\" must be a string"},
        {"DescriptionNotString", with(md, s("Description"), 1),
         "metadata key \"Description\" must be a string"},
        {"CategoryNotString", with(md, s("Category"), QJsonObject{}),
         "metadata key \"Category\" must be a string"},
        {"LicenseNotString", with(md, s("License"), 2),
         "metadata key \"License\" must be a string"},
        {"UrlNotString", with(md, s("Url"), false), "metadata key \"Url\" must be a string"},
        {"VersionMissing", without(md, s("Version")), "metadata key \"Version\" is missing"},
        {"VersionNotString", with(md, s("Version"), 1.2),
         "metadata key \"Version\" must be a string"},
        {"VersionNotAVersion", with(md, s("Version"), s("1.x")),
         "metadata key \"Version\": \"1.x\" is not a version (expected MAJOR[.MINOR[.PATCH]])"},
        {"VersionPrerelease", with(md, s("Version"), s("1.2.0-beta")),
         "metadata key \"Version\": \"1.2.0-beta\" is not a version (expected "
         "MAJOR[.MINOR[.PATCH]])"},
        {"VersionFourParts", with(md, s("Version"), s("1.2.3.4")),
         "metadata key \"Version\": \"1.2.3.4\" is not a version (expected MAJOR[.MINOR[.PATCH]])"},
        {"SdkVersionMissing", without(md, s("SdkVersion")),
         "metadata key \"SdkVersion\" is missing"},
        {"SdkVersionNotAVersion", with(md, s("SdkVersion"), s("one")),
         "metadata key \"SdkVersion\": \"one\" is not a version (expected MAJOR[.MINOR[.PATCH]])"},
        {"CompatVersionNotAVersion", with(md, s("CompatVersion"), s("0.3.x")),
         "metadata key \"CompatVersion\": \"0.3.x\" is not a version (expected "
         "MAJOR[.MINOR[.PATCH]])"},
        {"CompatVersionNewerThanVersion", with(md, s("CompatVersion"), s("0.5.0")),
         "metadata key \"CompatVersion\" (0.5.0) is newer than \"Version\" (0.4.0)"},
        {"DependenciesNotArray", with(md, s("Dependencies"), QJsonObject{}),
         "metadata key \"Dependencies\" must be an array"},
        {"DependencyNotObject", with(md, s("Dependencies"), QJsonArray{s("logsearch")}),
         "metadata key \"Dependencies[0]\" must be an object"},
        {"DependencyIdMissing", withDependency(without(dep, s("Id"))),
         "metadata key \"Dependencies[0].Id\" is missing"},
        {"DependencyVersionMissing", withDependency(without(dep, s("Version"))),
         "metadata key \"Dependencies[0].Version\" is missing"},
        {"DependencyVersionNotAVersion", withDependency(with(dep, s("Version"), s("latest"))),
         "metadata key \"Dependencies[0].Version\": \"latest\" is not a version (expected "
         "MAJOR[.MINOR[.PATCH]])"},
        {"DependencyTypeUnknown", withDependency(with(dep, s("Type"), s("sometimes"))),
         "metadata key \"Dependencies[0].Type\": \"sometimes\" must be \"required\" or "
         "\"optional\""},
        {"DependencyTypeNotString", withDependency(with(dep, s("Type"), true)),
         "metadata key \"Dependencies[0].Type\" must be a string"},
        {"DependencyOnItself", withDependency(with(dep, s("Id"), s("pipelines"))),
         "metadata key \"Dependencies[0].Id\": a plugin cannot depend on itself"},
        {"SecondDependencyIsNamed",
         with(md, s("Dependencies"), QJsonArray{dep, QJsonObject{{s("Id"), s("x")}}}),
         "metadata key \"Dependencies[1].Version\" is missing"},
        {"CapabilitiesNotArray", with(md, s("Capabilities"), s("logstore")),
         "metadata key \"Capabilities\" must be an array of strings"},
        {"SdkMajorTooNew", with(md, s("SdkVersion"), s("2.0.0")),
         "built against SDK 2.0.0, but this console provides SDK 1.4.2"},
        {"SdkMajorTooOld", with(md, s("SdkVersion"), s("0.9.0")),
         "built against SDK 0.9.0, but this console provides SDK 1.4.2"},
        {"SdkMinorNewerThanHost", with(md, s("SdkVersion"), s("1.99.0")),
         "built against SDK 1.99.0, but this console provides SDK 1.4.2"},
    };
}

INSTANTIATE_TEST_SUITE_P(Keys, PluginSpecKey, ::testing::ValuesIn(keyCases()),
                         [](const ::testing::TestParamInfo<KeyCase> &param) {
                             return std::string(param.param.label);
                         });

TEST(PluginSpec, UnknownCapabilityIsNamedWithTheKnownOnes)
{
    const PluginSpec spec =
        read(with(validMetaData(), QStringLiteral("Capabilities"),
                  QJsonArray{QStringLiteral("logstore"), QStringLiteral("teleport")}));
    EXPECT_EQ(spec.state, PluginState::Invalid);
    EXPECT_TRUE(spec.error.startsWith(QStringLiteral(
        "metadata key \"Capabilities[1]\": unknown capability \"teleport\" (known: ")))
        << spec.error.toStdString();
    for (const char *known : {"logstore", "secretstore", "pipelines", "metrics"})
        OPSDECK_EXPECT_CONTAINS(spec.error, QString::fromLatin1(known));
}

TEST(PluginSpec, CapabilityMustBeAString)
{
    const PluginSpec spec =
        read(with(validMetaData(), QStringLiteral("Capabilities"), QJsonArray{42}));
    EXPECT_EQ(spec.state, PluginState::Invalid);
    EXPECT_EQ(spec.error, QStringLiteral("metadata key \"Capabilities[0]\" must be a string"));
}

TEST(PluginSpec, AcceptsOlderMinorAndAnyPatchOfTheHostsMajor)
{
    for (const char *sdk : {"1.0.0", "1.4.0", "1.4.2", "1.4.9", "1"}) {
        const PluginSpec spec =
            read(with(validMetaData(), QStringLiteral("SdkVersion"), QString::fromLatin1(sdk)));
        EXPECT_EQ(spec.state, PluginState::Read) << sdk << ": " << spec.error.toStdString();
    }
}

TEST(PluginSpec, RefusedPluginStillShowsWhatCouldBeRead)
{
    const PluginSpec spec =
        read(with(validMetaData(), QStringLiteral("Version"), QStringLiteral("1.x")));
    EXPECT_EQ(spec.state, PluginState::Invalid);
    EXPECT_EQ(spec.id, QStringLiteral("pipelines"));
    EXPECT_EQ(spec.name, QStringLiteral("Pipelines"));
    EXPECT_EQ(spec.vendor, QStringLiteral("OpsDeck"));
}

TEST(PluginSpec, ProvidesWhenCompatVersionAtMostRequestedAtMostVersion)
{
    const PluginSpec logsearch = provider("2.3.0", "2.0.0");
    EXPECT_TRUE(logsearch.provides(needs("2.0.0"))); // == CompatVersion
    EXPECT_TRUE(logsearch.provides(needs("2.1.7")));
    EXPECT_TRUE(logsearch.provides(needs("2.3.0")));  // == Version
    EXPECT_FALSE(logsearch.provides(needs("1.9.9"))); // older than CompatVersion
    EXPECT_FALSE(logsearch.provides(needs("2.3.1"))); // newer than Version
    EXPECT_FALSE(logsearch.provides(needs("3.0.0")));
    EXPECT_FALSE(logsearch.provides(needs("2.1.0", "pipelines"))); // another plugin
    EXPECT_TRUE(logsearch.provides(
        PluginDependency{QStringLiteral("logsearch"), {}, false})); // any version
}

TEST(PluginSpec, ProvidesIgnoresTrailingZeroSegments)
{
    // "2.3", "2.3.0" and "2.3.0.0" name the same version; metadata may use any
    // of "1", "1.2" and "1.2.3".
    const PluginSpec logsearch = provider("2.3.0", "2.0.0");
    EXPECT_TRUE(logsearch.provides(needs("2.3")));
    EXPECT_TRUE(logsearch.provides(needs("2")));
    EXPECT_FALSE(logsearch.provides(needs("2.4")));
    EXPECT_FALSE(logsearch.provides(needs("1")));
    const PluginSpec shortVersions = provider("2.3", "2");
    EXPECT_TRUE(shortVersions.provides(needs("2.3.0")));
    EXPECT_TRUE(shortVersions.provides(needs("2.0.0")));
    EXPECT_FALSE(shortVersions.provides(needs("2.3.1")));
}

TEST(PluginSpec, CompatVersionEqualToVersionInAnotherSpellingIsAccepted)
{
    QJsonObject md = with(validMetaData(), QStringLiteral("Version"), QStringLiteral("1.0"));
    md = with(md, QStringLiteral("CompatVersion"), QStringLiteral("1.0.0"));
    const PluginSpec spec = read(md);
    EXPECT_EQ(spec.state, PluginState::Read) << spec.error.toStdString();
}

TEST(PluginSpec, DependencyMatchingWorksOnParsedMetaData)
{
    const PluginSpec dependent =
        read(validMetaData()); // needs logsearch 0.3.0 (optional), secrets 1.0
    ASSERT_EQ(dependent.state, PluginState::Read);
    PluginSpec secrets = provider("1.2.0", "1.0.0");
    secrets.id = QStringLiteral("secrets");
    EXPECT_TRUE(secrets.provides(dependent.dependencies.at(1)));
    secrets.compatVersion = QVersionNumber(1, 1, 0);
    EXPECT_FALSE(secrets.provides(dependent.dependencies.at(1)));
}

TEST(PluginSpec, StateNamesAreStable)
{
    EXPECT_EQ(OpsDeck::Sdk::pluginStateName(PluginState::Running), QStringLiteral("running"));
    EXPECT_EQ(OpsDeck::Sdk::pluginStateName(PluginState::Failed), QStringLiteral("failed"));
    EXPECT_EQ(OpsDeck::Sdk::pluginStateName(PluginState::Invalid), QStringLiteral("invalid"));
    EXPECT_EQ(OpsDeck::Sdk::pluginStateName(PluginState::Disabled), QStringLiteral("disabled"));
}
