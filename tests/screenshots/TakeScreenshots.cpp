// Renders the main window, on a fresh copy of the default data, to PNG: one
// picture per tab, in the language asked for, at 1280×800.

#include "Translations.h"
#include "data/DefaultDatabase.h"
#include "store/Store.h"
#include "widgets/MainWindow.h"
#include "widgets/panel/PanelPanel.h"
#include "widgets/groups/GroupsNavigator.h"
#include "widgets/diagrams/DiagramsPanel.h"
#include "widgets/MethodDialog.h"
#include "widgets/findings/FindingsModel.h"
#include "widgets/findings/FindingsPanel.h"
#include "widgets/forms/AssessmentForm.h"
#include "widgets/records/RecordLinksDialog.h"
#include "widgets/scorecard/ScorecardPanel.h"
#include "widgets/scorecard/SensitivityPanel.h"
#include "widgets/editing/Editor.h"
#include "store/IndicatorRepository.h"
#include "store/IndicatorValueRepository.h"

#include <QApplication>
#include <QDir>
#include <QScrollBar>
#include <QSet>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTextStream>

#include <algorithm>
#include <cmath>

using namespace triangle;

// The Expert Panel tab with a demonstration panel, added last so that no
// other picture shows its experts: five made-up experts (named so) score the
// three shipped cases at the advantage stage over two rounds, moving towards
// the median in the second, and compare the indicators; the fifth compares
// inconsistently. None of it is in the shipped data.
bool panelScreenshots(MainWindow &window, const QDir &out, const QString &lang)
{
    Store &store = *window.store();
    const Id advantage = store.stages().byKey(QStringLiteral("advantage"))->id;
    QList<Id> regions;
    for (const QString &code : {QStringLiteral("330000"), QStringLiteral("140000"), QStringLiteral("510000")})
        regions.append(store.regions().byCode(code)->id);
    QHash<std::pair<Id, Id>, QList<double>> firstRound;
    for (int round = 1; round <= 2; ++round) {
        for (int e = 0; e < 5; ++e) {
            Id expert = NoId;
            if (round == 1) {
                Rater r;
                r.key = QStringLiteral("demo-expert-%1").arg(e + 1);
                r.name = QStringLiteral("示例专家%1（演示） · Demo expert %1").arg(e + 1);
                r.organisation = QStringLiteral("演示 · demonstration");
                r.field = e % 2 ? QStringLiteral("公共管理") : QStringLiteral("机关事务管理");
                r.experienceYears = 8 + 3 * e;
                r.language = e == 1 ? Language::English : Language::Chinese;
                auto added = store.raters().add(r);
                if (!added)
                    return false;
                expert = *added;
            } else {
                expert = store.raters().byKey(QStringLiteral("demo-expert-%1").arg(e + 1))->id;
            }
            auto packet = store.panel().createPacket({expert, advantage, regions, round, {}, round == 1});
            if (!packet)
                return false;
            ReturnedPacket back{packet->packetId, packet->databaseId, packet->raterId, packet->raterKey, round, packet->stageId,
                                packet->stageKey, {}, {}, {}, {}};
            int row = 3;
            for (const PacketItem &item : packet->items) {
                double score = 3.0 + double((item.indicatorId * 7 + item.regionId * 3) % 50) / 10.0 + (e - 2) * 0.4
                               + double(((row * 7 + e * 13) % 11) - 5) / 10.0;
                const auto key = std::pair{item.regionId, item.indicatorId};
                if (round == 1) {
                    firstRound[key].append(score);
                } else {
                    QList<double> panel = firstRound.value(key);
                    std::sort(panel.begin(), panel.end());
                    score = (score + panel.value(panel.size() / 2)) / 2.0;
                }
                score = std::clamp(std::round(score * 10.0) / 10.0, 0.0, 10.0);
                back.answers.append({row++, item.regionId, item.regionKey, item.indicatorId, item.indicatorKey, score, {}, {}});
            }
            row = 3;
            for (const PacketComparison &c : packet->comparisons) {
                const double value = e == 4 && row % 2 ? 9.0 : c.firstKey.size() >= c.secondKey.size() ? 2.0 : 0.5;
                back.comparisons.append({row++, c.scope, c.firstKey, c.secondKey, value});
            }
            if (!store.panel().importPacket(back))
                return false;
        }
    }
    QTabWidget *tabs = window.tabs();
    tabs->setCurrentWidget(window.panelPanel());
    window.panelPanel()->setStage(advantage);
    window.panelPanel()->setRound(2);
    auto *pages = window.panelPanel()->findChild<QTabWidget *>();
    if (!pages)
        return false;
    const QStringList shots = {QStringLiteral("panel-experts"), QStringLiteral("panel"), QStringLiteral("panel-packets"),
                               QStringLiteral("panel-consistency")};
    for (int i = 0; i < shots.size() && i < pages->count(); ++i) {
        pages->setCurrentIndex(i);
        QApplication::processEvents();
        const QString file = out.filePath(QStringLiteral("main-window-%1-%2.png").arg(shots[i], lang));
        QTextStream(stdout) << file << '\n';
        if (!window.grab().save(file))
            return false;
    }
    return true;
}

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
    const Id zhejiang = window.store()->regions().byCode(QStringLiteral("330000"))->id;
    const Id advantage = window.store()->stages().byKey(QStringLiteral("advantage"))->id;
    // A second, made-up rater for Zhejiang's advantage stage, so that the
    // pictures show a spread; it is named as a demonstration and is not in
    // the shipped data.
    if (auto demo = window.editor()->addRater({NoId, QStringLiteral("demo"), QStringLiteral("示例评分者（演示） · Example rater (demo)"), {}, {}, {}, Language::Chinese})) {
        const QList<double> offsets{-0.5, 0.4, -0.3, 0.2, -0.6};
        int n = 0;
        // It reads what the article's reader read: the indicators left unscored stay so.
        QSet<Id> read;
        for (const IndicatorValue &shipped : *window.store()->indicatorValues().forAssessment(zhejiang, advantage))
            read.insert(shipped.indicatorId);
        for (const Indicator &i : *window.store()->indicators().all()) {
            if (!read.contains(i.id))
                continue;
            IndicatorValue v{NoId, zhejiang, advantage, i.id, *demo, 0.0, QStringLiteral("demonstration value")};
            const double base = i.dimension == Dimension::Mission ? 8.0 : i.dimension == Dimension::Political ? 5.8 : 6.3;
            v.score = std::clamp(std::round((base + offsets[n++ % offsets.size()]) * 10.0) / 10.0, 0.0, 10.0);
            window.editor()->setIndicatorValue(v);
        }
        window.scorecardPanel()->setRater(*demo);
    }
    QDir out(args[1]);
    out.mkpath(QStringLiteral("."));
    // The first look, before a region is chosen.
    QApplication::processEvents();
    if (!window.grab().save(out.filePath(QStringLiteral("main-window-database-%1.png").arg(lang))))
        return 1;
    window.selectRegion(zhejiang);

    QTabWidget *tabs = window.tabs();
    const QStringList names = {QStringLiteral("overview"),  QStringLiteral("profile"),    QStringLiteral("assessments"),
                               QStringLiteral("scorecard"), QStringLiteral("panel-empty"), QStringLiteral("policies"),   QStringLiteral("milestones"),
                               QStringLiteral("diagrams"),  QStringLiteral("sensitivity"), QStringLiteral("findings")};
    const QStringList diagramPages = {QStringLiteral("evolution"), QStringLiteral("comparison"), QStringLiteral("small-multiples"),
                                      QStringLiteral("balance-map"), QStringLiteral("dimension-chart"), QStringLiteral("timeline"), QStringLiteral("traction")};
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        // The assessment that makes Zhejiang mission-led.
        if (tabs->widget(i) == window.assessmentForm())
            window.assessmentForm()->setStage(advantage);
        if (tabs->widget(i) == window.scorecardPanel())
            window.scorecardPanel()->setStage(advantage);
        // A verdict selected, so that its numbers and rule show below the table.
        if (tabs->widget(i) == window.findingsPanel()) {
            FindingsModel *findings = window.findingsPanel()->model();
            window.findingsPanel()->table()->setCurrentIndex(findings->index(findings->rowOfRegion(zhejiang), 1 + int(Claim::DynamicBalance)));
        }
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
    // Help › Method at the claims, as the Findings tab's link opens it.
    {
        MethodDialog method(&window);
        method.show();
        method.showSection(MethodDialog::ClaimsSection);
        QApplication::processEvents();
        if (!method.grab().save(out.filePath(QStringLiteral("method-claims-%1.png").arg(lang))))
            return 1;
    }
    // Issue 21 §6: the causal links of Zhejiang's 2018 pilot plan, and the
    // traction-from-evidence verdict's details listing the region's chain.
    {
        const Id plan = window.store()->policies().byUid(QStringLiteral("zj-2018-pilot-plan"))->id;
        RecordLinksDialog links(window.editor(), zhejiang, {Evidence::Kind::Policy, plan}, &window);
        links.show();
        QApplication::processEvents();
        if (!links.grab().save(out.filePath(QStringLiteral("record-links-%1.png").arg(lang))))
            return 1;
        tabs->setCurrentWidget(window.findingsPanel());
        FindingsModel *findings = window.findingsPanel()->model();
        window.findingsPanel()->table()->setCurrentIndex(
            findings->index(findings->rowOfRegion(zhejiang), 1 + int(Claim::TractionFromEvidence)));
        QApplication::processEvents();
        // The links come last in the details: scrolled to.
        QScrollBar *scroll = window.findingsPanel()->details()->verticalScrollBar();
        scroll->setValue(scroll->maximum());
        if (!window.grab().save(out.filePath(QStringLiteral("main-window-findings-links-%1.png").arg(lang))))
            return 1;
    }
    // A region group from the Region Groups dock: the Yellow River provinces
    // compared at the advantage stage, their aggregate over the two assessed.
    window.groupsNavigator()->selectGroup(window.store()->groups().byKey(QStringLiteral("yellow-river"))->id);
    window.diagramsPanel()->showPage(DiagramsPanel::ComparePage);
    QApplication::processEvents();
    if (!window.grab().save(out.filePath(QStringLiteral("main-window-group-%1.png").arg(lang))))
        return 1;
    return panelScreenshots(window, out, lang) ? 0 : 1;
}
