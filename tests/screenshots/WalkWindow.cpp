// Walks the main window at 1280×800 in the language asked for, as a user
// checking a small screen would: every tab with Zhejiang chosen, then every
// dialog the menus and the pages' "…" buttons open. Saves a picture of each
// to OUTDIR (named by its place in the walk and its English words) and
// prints the text each shows cut (tests/support/CutText.h).
// Not a test: what it prints is for a person to read beside the pictures.
//   QT_QPA_PLATFORM=offscreen walk-window OUTDIR [en|zh_CN]

#include "Translations.h"
#include "support/CutText.h"
#include "support/WindowWalk.h"
#include "widgets/MainWindow.h"
#include "widgets/forms/AssessmentForm.h"
#include "widgets/scorecard/ScorecardPanel.h"
#include "store/Store.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextStream>

using namespace triangle;

namespace {
QString fileName(QString text)
{
    text.remove(QLatin1Char('&'));
    text.remove(QStringLiteral("…"));
    static const QRegularExpression unsafe(QStringLiteral("[^\\w]+"));
    return text.replace(unsafe, QStringLiteral("-")).toLower();
}
} // namespace

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TriangleStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("triangle-studio-walk"));
    const QStringList args = app.arguments();
    QTextStream out(stdout);
    if (args.size() < 2) {
        QTextStream(stderr) << "usage: walk-window OUTDIR [en|zh_CN]\n";
        return 2;
    }
    const QString lang = args.value(2, QStringLiteral("en"));
    installTranslations(app, resolveLanguage(lang));
    QDir dir(args[1]);
    dir.mkpath(QStringLiteral("."));

    QTemporaryDir data;
    MainWindow window;
    window.resize(1280, 800);
    if (!window.openDatabase(data.filePath(QStringLiteral("walk.tsdb")), true))
        return 1;
    window.show();
    const Id zhejiang = window.store()->regions().byCode(QStringLiteral("330000"))->id;
    const Id advantage = window.store()->stages().byKey(QStringLiteral("advantage"))->id;
    window.selectRegion(zhejiang);
    int cut = 0;
    auto report = [&](QWidget *shown, const QString &name) {
        shown->grab().save(dir.filePath(name + QLatin1Char('-') + lang + QStringLiteral(".png")));
        const auto cuts = test::findCutText(shown);
        cut += int(cuts.size());
        out << "== " << name << " (" << cuts.size() << " cut)\n";
        if (!cuts.isEmpty())
            out << test::describe(cuts) << '\n';
    };

    int n = 0;
    test::walkTabs(
        window, [&](QWidget *shown, const QString &name) { report(shown, QStringLiteral("tab-%1-%2").arg(n++).arg(fileName(name))); },
        [&] {
            window.assessmentForm()->setStage(advantage);
            window.scorecardPanel()->setStage(advantage);
        });
    n = 0;
    test::walkDialogs(window, [&](QWidget *shown, const QString &name) { report(shown, QStringLiteral("dialog-%1-%2").arg(n++).arg(fileName(name))); });
    out << "cut texts in all: " << cut << '\n';
    return 0;
}
