// Issue 20's walk at 1280×800, in both languages: every tab with a region
// chosen and every dialog the menus and the pages' "…" buttons open shows
// its text whole (tests/support/CutText.h): no date cut to "2018-⋯", no
// label, button or box narrower than its text, no table running a text off
// its edge unless the whole of it is a hover away.

#include "support/CutText.h"
#include "support/TestData.h"
#include "support/WindowWalk.h"

#include "Translations.h"
#include "widgets/MainWindow.h"
#include "widgets/forms/AssessmentForm.h"
#include "widgets/forms/StagesDialog.h"
#include "widgets/scorecard/ScorecardPanel.h"

#include <QApplication>
#include <QTranslator>

using namespace triangle;
using namespace triangle::test;

namespace {
class LayoutWalkTest : public ::testing::TestWithParam<Language>
{
protected:
    void SetUp() override
    {
        m_before = uiLanguage();
        installTranslations(*QCoreApplication::instance(), GetParam());
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        ASSERT_TRUE(m_window->openDatabase(m_dir.filePath(QStringLiteral("walk.tsdb")), true));
        m_window->show();
        zhejiang = m_window->store()->regions().byCode(QStringLiteral("330000"))->id;
        advantage = m_window->store()->stages().byKey(QStringLiteral("advantage"))->id;
        m_window->selectRegion(zhejiang);
        QApplication::processEvents();
    }

    void TearDown() override
    {
        m_window.reset();
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(t);
            delete t;
        }
        setUiLanguage(m_before);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
    Language m_before = Language::English;
    Id zhejiang = NoId, advantage = NoId;
};

std::string languageName(const ::testing::TestParamInfo<Language> &info)
{
    return info.param == Language::Chinese ? "zh_CN" : "en";
}
} // namespace

TEST_P(LayoutWalkTest, EveryTabShowsItsTextWhole)
{
    walkTabs(
        *m_window,
        [](QWidget *window, const QString &name) {
            const QList<CutText> cuts = findCutText(window);
            EXPECT_TRUE(cuts.isEmpty()) << "the tab " << qPrintable(name) << ":\n" << qPrintable(describe(cuts));
        },
        [this] {
            m_window->assessmentForm()->setStage(advantage);
            m_window->scorecardPanel()->setStage(advantage);
        });
}

TEST_P(LayoutWalkTest, EveryDialogShowsItsTextWhole)
{
    bool sawStages = false;
    const int dialogs = walkDialogs(*m_window, [&sawStages](QWidget *dialog, const QString &name) {
        const QList<CutText> cuts = findCutText(dialog);
        EXPECT_TRUE(cuts.isEmpty()) << qPrintable(name) << ":\n" << qPrintable(describe(cuts));
        sawStages = sawStages || qobject_cast<StagesDialog *>(dialog);
    });
    EXPECT_GE(dialogs, 13);
    EXPECT_TRUE(sawStages) << "Edit › Stages… is walked";
}

INSTANTIATE_TEST_SUITE_P(Languages, LayoutWalkTest, ::testing::Values(Language::English, Language::Chinese), languageName);
