// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "qtprinters.h"

#include <profilestore.h>
#include <settingsfile.h>

#include <QSignalSpy>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace OpsDeck;
using OpsDeck::Backend::Profile;
using OpsDeck::Core::ProfileStore;
using OpsDeck::Core::SettingsFile;

namespace {

/** A store over the real JSON settings format in a temporary folder. */
struct StoreFixture
{
    StoreFixture()
        : settings(SettingsFile::open(dir.filePath(QStringLiteral("settings.json"))).settings)
        , store(*settings, QStringLiteral("/srv/ops/workspace"))
    {
    }

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    ProfileStore store;
};

Profile remote(const char *id)
{
    Profile p;
    p.id = QString::fromLatin1(id);
    p.name = QStringLiteral("Team ") + p.id;
    p.kind = QStringLiteral("remote");
    p.url = QUrl(QStringLiteral("https://ops.example.com/") + p.id);
    p.options = {{QStringLiteral("region"), QStringLiteral("eu-west")},
                 {QStringLiteral("retries"), 3}};
    return p;
}

QStringList ids(const QList<Profile> &profiles)
{
    QStringList out;
    for (const Profile &p : profiles)
        out.append(p.id);
    return out;
}

} // namespace

TEST(ProfileStore, LocalProfileIsAlwaysThere)
{
    StoreFixture f;
    EXPECT_EQ(ids(f.store.profiles()), QStringList{QStringLiteral("local")});
    const auto local = f.store.profile(QStringLiteral("local"));
    ASSERT_TRUE(local.has_value());
    EXPECT_EQ(local->kind, QStringLiteral("local"));
    EXPECT_EQ(local->workspace, QStringLiteral("/srv/ops/workspace"));
    EXPECT_FALSE(local->name.isEmpty());
    EXPECT_EQ(*local, f.store.localProfile());
    EXPECT_FALSE(f.store.profile(QStringLiteral("team-eu")).has_value());
}

TEST(ProfileStore, SavesAndPersistsProfiles)
{
    StoreFixture f;
    QSignalSpy changed(&f.store, &ProfileStore::profilesChanged);
    ASSERT_TRUE(f.store.save(remote("team-eu")).ok());
    ASSERT_TRUE(f.store.save(remote("team-us")).ok());
    EXPECT_EQ(changed.count(), 2);
    EXPECT_EQ(ids(f.store.profiles()),
              (QStringList{QStringLiteral("local"), QStringLiteral("team-eu"),
                           QStringLiteral("team-us")}));

    // Saving an existing id replaces it in place.
    Profile changedEu = remote("team-eu");
    changedEu.name = QStringLiteral("Europe");
    ASSERT_TRUE(f.store.save(changedEu).ok());
    EXPECT_EQ(ids(f.store.profiles()),
              (QStringList{QStringLiteral("local"), QStringLiteral("team-eu"),
                           QStringLiteral("team-us")}));
    EXPECT_EQ(f.store.profile(QStringLiteral("team-eu"))->name, QStringLiteral("Europe"));

    // Through the JSON file and back, every field survives.
    f.settings->sync();
    auto reopened = SettingsFile::open(f.dir.filePath(QStringLiteral("settings.json")));
    ASSERT_FALSE(reopened.recovered.has_value());
    ProfileStore again(*reopened.settings, QStringLiteral("/srv/ops/workspace"));
    const auto us = again.profile(QStringLiteral("team-us"));
    ASSERT_TRUE(us.has_value());
    EXPECT_EQ(*us, remote("team-us"));
    EXPECT_EQ(again.profile(QStringLiteral("team-eu"))->name, QStringLiteral("Europe"));
}

TEST(ProfileStore, SaveValidatesTheProfile)
{
    StoreFixture f;
    QSignalSpy changed(&f.store, &ProfileStore::profilesChanged);
    for (const char *bad : {"", "Team-EU", "team eu", "-team", "team/eu", "tëam"}) {
        Profile p = remote("x");
        p.id = QString::fromUtf8(bad);
        const Result<> r = f.store.save(p);
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument) << bad;
        OPSDECK_EXPECT_CONTAINS(r.error().detail, QString::fromUtf8(bad));
    }
    Profile tooLong = remote("x");
    tooLong.id = QString(65, QLatin1Char('a'));
    EXPECT_FALSE(f.store.save(tooLong).ok());
    tooLong.id = QString(64, QLatin1Char('a'));
    EXPECT_TRUE(f.store.save(tooLong).ok());

    Profile local = remote("local");
    const Result<> replaceLocal = f.store.save(local);
    ASSERT_FALSE(replaceLocal.ok());
    EXPECT_EQ(replaceLocal.error().code, ErrorCode::InvalidArgument);
    EXPECT_EQ(f.store.profile(QStringLiteral("local"))->kind, QStringLiteral("local"));

    Profile noKind = remote("team-eu");
    noKind.kind.clear();
    const Result<> r = f.store.save(noKind);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::InvalidArgument);
    EXPECT_FALSE(f.store.profile(QStringLiteral("team-eu")).has_value());
    EXPECT_EQ(changed.count(), 1); // only the valid 64-character id
}

TEST(ProfileStore, RemoveRefusesLocalAndUnknown)
{
    StoreFixture f;
    ASSERT_TRUE(f.store.save(remote("team-eu")).ok());

    const Result<> local = f.store.remove(QStringLiteral("local"));
    ASSERT_FALSE(local.ok());
    EXPECT_EQ(local.error().code, ErrorCode::InvalidArgument);

    const Result<> unknown = f.store.remove(QStringLiteral("team-mars"));
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::NotFound);
    OPSDECK_EXPECT_CONTAINS(unknown.error().message, QStringLiteral("team-mars"));

    EXPECT_TRUE(f.store.remove(QStringLiteral("team-eu")).ok());
    EXPECT_EQ(ids(f.store.profiles()), QStringList{QStringLiteral("local")});
}

TEST(ProfileStore, LastActiveFallsBackToLocalWhenItVanished)
{
    StoreFixture f;
    EXPECT_EQ(f.store.lastActiveId(), QStringLiteral("local")); // nothing stored yet

    ASSERT_TRUE(f.store.save(remote("team-eu")).ok());
    f.store.setLastActiveId(QStringLiteral("team-eu"));
    EXPECT_EQ(f.store.lastActiveId(), QStringLiteral("team-eu"));

    ASSERT_TRUE(f.store.remove(QStringLiteral("team-eu")).ok());
    EXPECT_EQ(f.store.lastActiveId(), QStringLiteral("local"));

    f.store.setLastActiveId(QStringLiteral("never-existed"));
    EXPECT_EQ(f.store.lastActiveId(), QStringLiteral("local"));
}

TEST(ProfileStore, SkipsEntriesBrokenByHand)
{
    StoreFixture f;
    const QVariantMap good{{QStringLiteral("id"), QStringLiteral("team-eu")},
                           {QStringLiteral("kind"), QStringLiteral("remote")}};
    const QVariantMap noKind{{QStringLiteral("id"), QStringLiteral("team-us")}};
    const QVariantMap fakeLocal{{QStringLiteral("id"), QStringLiteral("local")},
                                {QStringLiteral("kind"), QStringLiteral("remote")}};
    f.settings->setValue(QStringLiteral("profiles/list"),
                         QVariantList{good, noKind, QStringLiteral("garbage"), 7, fakeLocal});
    EXPECT_EQ(ids(f.store.profiles()),
              (QStringList{QStringLiteral("local"), QStringLiteral("team-eu")}));
    EXPECT_EQ(f.store.profile(QStringLiteral("local"))->kind, QStringLiteral("local"));
}
