// SPDX-FileCopyrightText: 2026 OpsDeck contributors
// SPDX-License-Identifier: Apache-2.0
#include "demorepository.h"

#include "demotr.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <git2.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

using namespace Qt::StringLiterals;

namespace OpsDeck::Pipelines::Internal {

namespace {

// --- the shop, version by version --------------------------------------------

const QByteArray kAppV1 = R"demo("""The demo shop: a tiny web service that OpsDeck's demo pipeline builds,
tests and deploys. It answers / with its version and /health, on
127.0.0.1:$PORT (8080 when PORT is not set)."""
import http.server
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def version():
    with open(os.path.join(HERE, "VERSION"), encoding="utf-8") as f:
        return f.read().strip()


def index():
    return 200, "shop %s\n" % version()


def health():
    return 200, "ok\n"


ROUTES = {"/": index, "/health": health}


class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        route = ROUTES.get(self.path.split("?", 1)[0])
        try:
            status, body = route() if route else (404, "not found\n")
        except Exception as e:  # a broken page answers 500; the service stays up
            status, body = 500, "error: %s\n" % e
        data = body.encode()
        self.send_response(status)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, fmt, *args):
        pass


if __name__ == "__main__":
    port = int(os.environ.get("PORT", "8080"))
    print("shop %s listening on 127.0.0.1:%d" % (version(), port), flush=True)
    http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler).serve_forever()
)demo";

// 1.1.0: the front page counts the products.
QByteArray appV11()
{
    QByteArray app = kAppV1;
    app.replace("HERE = os.path.dirname(os.path.abspath(__file__))\n",
                "HERE = os.path.dirname(os.path.abspath(__file__))\n"
                "PRODUCTS = [\"coffee\", \"tea\", \"cocoa\"]\n");
    app.replace("def index():\n    return 200, \"shop %s\\n\" % version()\n",
                "def products():\n    return PRODUCTS\n\n\n"
                "def index():\n    return 200, \"shop %s: %d products\\n\" % (version(), len(products()))\n");
    return app;
}

// 1.2.0: the products come from catalogue.json, and /health says whether it
// can be read. The tests write their own catalogue, so they pass; the file
// itself was never committed, so /health fails wherever the service is
// deployed: the smoke test in staging catches it.
QByteArray appV12()
{
    QByteArray app = kAppV1;
    app.replace("import http.server\n", "import http.server\nimport json\n");
    app.replace("def index():\n    return 200, \"shop %s\\n\" % version()\n",
                "def catalogue_path():\n"
                "    return os.environ.get(\"SHOP_CATALOGUE\", os.path.join(HERE, \"catalogue.json\"))\n\n\n"
                "def products():\n"
                "    with open(catalogue_path(), encoding=\"utf-8\") as f:\n"
                "        return json.load(f)[\"products\"]\n\n\n"
                "def index():\n    return 200, \"shop %s: %d products\\n\" % (version(), len(products()))\n");
    app.replace("def health():\n    return 200, \"ok\\n\"\n",
                "def health():\n"
                "    try:\n"
                "        products()\n"
                "    except (OSError, ValueError, KeyError) as e:\n"
                "        return 500, \"catalogue unreadable: %s\\n\" % e\n"
                "    return 200, \"ok\\n\"\n");
    return app;
}

const QByteArray kTestsV1 = R"demo(import unittest

import app


class ShopTest(unittest.TestCase):
    def test_index_shows_the_version(self):
        status, body = app.index()
        self.assertEqual(status, 200)
        self.assertIn(app.version(), body)

    def test_health_is_ok(self):
        self.assertEqual(app.health(), (200, "ok\n"))


if __name__ == "__main__":
    unittest.main()
)demo";

QByteArray testsV11()
{
    QByteArray tests = kTestsV1;
    tests.replace("\n\nif __name__", "\n    def test_index_counts_the_products(self):\n"
                                     "        self.assertIn(\"3 products\", app.index()[1])\n\n\nif __name__");
    return tests;
}

QByteArray testsV12()
{
    QByteArray tests = testsV11();
    tests.replace("import unittest\n", "import json\nimport os\nimport tempfile\nimport unittest\n");
    tests.replace("class ShopTest(unittest.TestCase):\n",
                  "class ShopTest(unittest.TestCase):\n"
                  "    def setUp(self):\n"
                  "        folder = tempfile.mkdtemp()\n"
                  "        path = os.path.join(folder, \"catalogue.json\")\n"
                  "        with open(path, \"w\", encoding=\"utf-8\") as f:\n"
                  "            json.dump({\"products\": [\"coffee\", \"tea\", \"cocoa\"]}, f)\n"
                  "        os.environ[\"SHOP_CATALOGUE\"] = path\n\n");
    return tests;
}

const QByteArray kCatalogue = R"demo({"products": ["coffee", "tea", "cocoa"]}
)demo";

const QByteArray kPipeline = R"demo(# The shop's pipeline (OpsDeck native format, docs/pipeline-files.md):
# build, test, then blue-green deployments of the service. Production waits
# until someone approves it.
version: 1
stages: [build, test, deploy-staging, deploy-production]
jobs:
  build:
    stage: build
    script:
      - python3 -m py_compile app.py
      - mkdir -p dist
      - cp app.py VERSION dist/
      - echo "$OPSDECK_COMMIT" > dist/COMMIT
      - echo "built shop $(cat VERSION)"
    artifacts:
      paths: [dist/]
      expire_in: 7d
  test:
    stage: test
    needs: [build]
    script:
      - python3 -m unittest -v test_app.py
  deploy-staging:
    stage: deploy-staging
    environment:
      name: staging
    deploy:
      strategy: blue-green
      service: python3 app.py
      keep_previous: 0s
      smoke_test:
        url: /health
        timeout: 3s
    script: echo "deploying shop $(cat VERSION) to staging"
  deploy-production:
    stage: deploy-production
    when: manual
    environment:
      name: production
    deploy:
      strategy: blue-green
      service: python3 app.py
      keep_previous: 0s
      smoke_test:
        url: /health
        timeout: 3s
    script: echo "deploying shop $(cat VERSION) to production"
)demo";

const QByteArray kReadme = R"demo(# shop

The demo service of an OpsDeck demo workspace: `python3 app.py` serves
`/` (its version) and `/health` on 127.0.0.1:$PORT.

    python3 -m unittest -v test_app.py    # the tests
    PORT=8080 python3 app.py              # run it

`.opsdeck/pipeline.yml` builds, tests and deploys it blue-green to staging,
then (approved by hand) to production. Commit here and OpsDeck runs the
pipeline for the new commit.
)demo";

// --- libgit2 -----------------------------------------------------------------

struct GitFree
{
    void operator()(git_repository *r) const { git_repository_free(r); }
    void operator()(git_index *i) const { git_index_free(i); }
    void operator()(git_tree *t) const { git_tree_free(t); }
    void operator()(git_commit *c) const { git_commit_free(c); }
    void operator()(git_signature *s) const { git_signature_free(s); }
};
template<typename T>
using GitPtr = std::unique_ptr<T, GitFree>;

/** libgit2 is initialised for as long as one of these lives (the calls nest). */
struct GitLibrary
{
    GitLibrary() { git_libgit2_init(); }
    ~GitLibrary() { git_libgit2_shutdown(); }
    GitLibrary(const GitLibrary &) = delete;
    GitLibrary &operator=(const GitLibrary &) = delete;
};

Error gitError(const QString &what, const QString &where)
{
    const git_error *e = git_error_last();
    return fail(ErrorCode::Io, Tr::tr("Cannot write the demo repository: %1.").arg(what),
                where + u": "_s + (e && e->message ? QString::fromUtf8(e->message) : u"unknown libgit2 error"_s));
}

Result<> writeFile(const QString &root, const QString &relative, const QByteArray &data)
{
    const QString path = QDir(root).filePath(relative);
    if (!QDir().mkpath(QFileInfo(path).path()))
        return fail(ErrorCode::Io, Tr::tr("Cannot create a folder of the demo repository."), QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        return fail(ErrorCode::Io, Tr::tr("Cannot write a file of the demo repository."),
                    path + u": "_s + file.errorString());
    return {};
}

} // namespace

QList<DemoCommit> demoHistory()
{
    const QString priya = u"Priya Raman"_s, priyaMail = u"priya@shop.example"_s;
    const QString tomas = u"Tomás Ortega"_s, tomasMail = u"tomas@shop.example"_s;
    const QString mei = u"Mei Lin"_s, meiMail = u"mei@shop.example"_s;
    const QString sam = u"Sam Okafor"_s, samMail = u"sam@shop.example"_s;
    return {
        {priya, priyaMail, 4 * 24 * 60,
         u"Shop service: serve the version on / and answer /health\n\n"
         "A plain python3 http.server, so the service runs wherever python3 does.\n"_s,
         {{u"app.py"_s, kAppV1}, {u"VERSION"_s, "1.0.0\n"}, {u"README.md"_s, kReadme}}},
        {tomas, tomasMail, 3 * 24 * 60 + 200,
         u"Pipeline: build, test, then blue-green to staging and, once approved, production\n\n"
         "Both deployments smoke-test /health before traffic moves, so a broken\n"
         "release never serves anyone.\n"_s,
         {{u".opsdeck/pipeline.yml"_s, kPipeline}, {u"test_app.py"_s, kTestsV1}}},
        {mei, meiMail, 26 * 60,
         u"Front page: say how many products the shop has\n"_s,
         {{u"app.py"_s, appV11()}, {u"test_app.py"_s, testsV11()}, {u"VERSION"_s, "1.1.0\n"}},
         u"v1.1.0"_s},
        {sam, samMail, 3 * 60,
         u"Products: read them from catalogue.json, and report it in /health\n\n"
         "The list changes more often than the code. /health answers 500 when the\n"
         "catalogue cannot be read, so a deployment without one is caught.\n"_s,
         {{u"app.py"_s, appV12()}, {u"test_app.py"_s, testsV12()}, {u"VERSION"_s, "1.2.0\n"}},
         u"v1.2.0"_s},
        {mei, meiMail, 40,
         u"Ship catalogue.json with the service\n\n"
         "1.2.0 failed its smoke test in staging: the catalogue was only on Sam's\n"
         "machine and in the tests' temporary folder, so /health answered 500 and\n"
         "the deployment was rolled back. Commit the file.\n"_s,
         {{u"catalogue.json"_s, kCatalogue}, {u"VERSION"_s, "1.2.1\n"}},
         u"v1.2.1"_s},
    };
}

QList<DemoRunPlan> demoRuns()
{
    // The feature goes all the way; the broken change stops in staging; the
    // fix goes all the way again. Each run is started by the commit's author.
    return {{u"v1.1.0"_s, u"mei"_s, true}, {u"v1.2.0"_s, u"sam"_s, true}, {u"v1.2.1"_s, u"mei"_s, true}};
}

Result<WrittenRepository> writeDemoRepository(const QString &path, const QList<DemoCommit> &history,
                                              const QDateTime &now)
{
    WrittenRepository out;
    if (QFileInfo::exists(path))
        return out;
    const QString parent = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(parent))
        return fail(ErrorCode::Io, Tr::tr("Cannot create the folder for the demo repository."), parent);
    // Written beside its final place and renamed, so a start that is killed
    // half-way leaves a hidden temporary folder, never a half repository.
    QTemporaryDir staging(parent + u"/."_s + QFileInfo(path).fileName() + u"-XXXXXX"_s);
    if (!staging.isValid())
        return fail(ErrorCode::Io, Tr::tr("Cannot create a temporary folder for the demo repository."),
                    parent + u": "_s + staging.errorString());
    const QString work = staging.path();
    const QByteArray workPath = QFile::encodeName(work);

    GitLibrary library;
    {
        git_repository_init_options init;
        git_repository_init_options_init(&init, GIT_REPOSITORY_INIT_OPTIONS_VERSION);
        init.flags = GIT_REPOSITORY_INIT_MKPATH;
        init.initial_head = "main";
        git_repository *raw = nullptr;
        if (git_repository_init_ext(&raw, workPath.constData(), &init) != 0)
            return gitError(u"git init"_s, work);
        GitPtr<git_repository> repo(raw);

        GitPtr<git_commit> parentCommit;
        for (const DemoCommit &commit : history) {
            for (const auto &[relative, data] : commit.files) {
                if (auto written = writeFile(work, relative, data); !written)
                    return written.error();
            }
            git_index *rawIndex = nullptr;
            if (git_repository_index(&rawIndex, repo.get()) != 0)
                return gitError(u"open the index"_s, work);
            GitPtr<git_index> index(rawIndex);
            if (git_index_add_all(index.get(), nullptr, GIT_INDEX_ADD_DEFAULT, nullptr, nullptr) != 0
                || git_index_write(index.get()) != 0)
                return gitError(u"add the files"_s, work);
            git_oid treeId;
            if (git_index_write_tree(&treeId, index.get()) != 0)
                return gitError(u"write the tree"_s, work);
            git_tree *rawTree = nullptr;
            if (git_tree_lookup(&rawTree, repo.get(), &treeId) != 0)
                return gitError(u"read the tree"_s, work);
            GitPtr<git_tree> tree(rawTree);

            const QDateTime when = now.addSecs(-commit.minutesAgo * 60);
            git_signature *rawSignature = nullptr;
            if (git_signature_new(&rawSignature, commit.authorName.toUtf8().constData(),
                                  commit.authorEmail.toUtf8().constData(), when.toSecsSinceEpoch(),
                                  when.offsetFromUtc() / 60) != 0)
                return gitError(u"make the signature of %1"_s.arg(commit.authorName), work);
            GitPtr<git_signature> signature(rawSignature);

            const git_commit *parents[1] = {parentCommit.get()};
            git_oid commitId;
            if (git_commit_create(&commitId, repo.get(), "HEAD", signature.get(), signature.get(), "UTF-8",
                                  commit.message.toUtf8().constData(), tree.get(), parentCommit ? 1 : 0, parents)
                != 0)
                return gitError(u"commit \"%1\""_s.arg(commit.message.section(u'\n', 0, 0)), work);
            git_commit *rawCommit = nullptr;
            if (git_commit_lookup(&rawCommit, repo.get(), &commitId) != 0)
                return gitError(u"read the new commit"_s, work);
            parentCommit.reset(rawCommit);
            out.commits.append(QString::fromLatin1(git_oid_tostr_s(&commitId)));
            if (!commit.tag.isEmpty()) {
                git_oid tagId;
                const QByteArray note = u"shop %1\n"_s.arg(commit.tag.mid(1)).toUtf8();
                if (git_tag_create(&tagId, repo.get(), commit.tag.toUtf8().constData(),
                                   reinterpret_cast<const git_object *>(parentCommit.get()), signature.get(),
                                   note.constData(), 0)
                    != 0)
                    return gitError(u"tag %1"_s.arg(commit.tag), work);
            }
        }
    } // every libgit2 handle on the folder is closed before it moves

    // rename(2) onto a missing name: when another start renamed its copy
    // first (EEXIST/ENOTEMPTY), theirs is kept and ours is removed.
    if (std::rename(workPath.constData(), QFile::encodeName(path).constData()) != 0) {
        const int error = errno;
        if (QFileInfo::exists(path)) {
            out.commits.clear();
            return out;
        }
        return fail(ErrorCode::Io, Tr::tr("Cannot move the demo repository into place."),
                    work + u" -> "_s + path + u": "_s + QString::fromLocal8Bit(std::strerror(error)));
    }
    staging.setAutoRemove(false);
    out.created = true;
    return out;
}

} // namespace OpsDeck::Pipelines::Internal
