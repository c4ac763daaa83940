// Renders the main window, on a fresh copy of the default data, to PNG: one
// picture per tab, in the language asked for, at 1280×800.

#include "Translations.h"
#include "data/DefaultDatabase.h"
#include "store/Store.h"
#include "widgets/MainWindow.h"
#include "widgets/diagrams/DiagramsPanel.h"
#include "widgets/forms/AssessmentForm.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTextStream>

using namespace triangle;

int main(int argc, char **argv)
{
    QStandardPaths::setTestModeEnabled(true); // leave the user's settings alone
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("TriangleStudio"));
    QCoreApplication::setApplicationName(QStringLiteral("triangle-studio-screenshots"));
    const QStringList args = app.arguments();
    QTextStream err(stderr);
    if (args.size() < 2) {
        err << "usage: take-screenshots OUTDIR [en|zh_CN]\n";
        return 2;
    }
    const QString lang = args.value(2, QStringLiteral("en"));
    installTranslations(app, resolveLanguage(lang));

    QTemporaryDir dir;
    MainWindow window;
    window.resize(1280, 800);
    if (!window.openDatabase(dir.filePath(QStringLiteral("default.tsdb")), true))
        return 1;
    window.show();
    window.selectRegion(window.store()->regionByCode(QStringLiteral("330000"))->id);

    auto *tabs = qobject_cast<QTabWidget *>(window.centralWidget());
    QDir out(args[1]);
    out.mkpath(QStringLiteral("."));
    const QStringList names = {QStringLiteral("overview"), QStringLiteral("profile"), QStringLiteral("assessments"),
                               QStringLiteral("policies"), QStringLiteral("milestones"), QStringLiteral("diagrams")};
    const QStringList diagramPages = {QStringLiteral("evolution"), QStringLiteral("comparison"), QStringLiteral("small-multiples"),
                                      QStringLiteral("balance-map"), QStringLiteral("dimension-chart"), QStringLiteral("timeline")};
    for (int i = 0; tabs && i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        if (i == 2) // the assessment that makes Zhejiang mission-led
            window.assessmentForm()->setStage(window.store()->stageByKey(QStringLiteral("advantage"))->id);
        QApplication::processEvents();
        auto save = [&](const QString &name) {
            QApplication::processEvents();
            const QString file = out.filePath(QStringLiteral("main-window-%1-%2.png").arg(name, lang));
            QTextStream(stdout) << file << '\n';
            return window.grab().save(file);
        };
        if (tabs->widget(i) == window.diagramsPanel()) {
            for (int page = 0; page < diagramPages.size(); ++page) {
                window.diagramsPanel()->showPage(DiagramsPanel::Page(page));
                if (!save(diagramPages[page]))
                    return 1;
            }
        } else if (!save(names.value(i, QString::number(i)))) {
            return 1;
        }
    }
    return 0;
}
