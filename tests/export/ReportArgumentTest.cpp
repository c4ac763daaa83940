// The report's argument for each score reads in the reader's language: a
// source note the data keeps in both ("中文 (English)") shows one part.

#include "export/ReportArgument.h"
#include "model/DomainNames.h"

#include <gtest/gtest.h>

using namespace triangle;

TEST(ReportArgumentTest, TheSourceNoteShowsTheReadersLanguageOnly)
{
    ReportRegion region;
    ReportAssessment a;
    a.stage.key = QStringLiteral("advantage");
    a.stage.nameZh = QStringLiteral("优势三角");
    a.stage.nameEn = QStringLiteral("Advantage triangle");
    a.assessment.sourceNote = QStringLiteral("分析者依据文章叙述的解读 (an analyst's reading of the article's narrative)");
    region.assessments << a;
    const Language before = uiLanguage();

    setUiLanguage(Language::Chinese);
    const QString chinese = regionArgumentHtml(region).join(QString());
    setUiLanguage(Language::English);
    const QString english = regionArgumentHtml(region).join(QString());
    setUiLanguage(before);

    EXPECT_TRUE(chinese.contains(QStringLiteral("分析者依据文章叙述的解读"))) << qPrintable(chinese);
    EXPECT_FALSE(chinese.contains(QStringLiteral("narrative"))) << qPrintable(chinese);
    EXPECT_TRUE(english.contains(QStringLiteral("reading of the article"))) << qPrintable(english);
    EXPECT_FALSE(english.contains(QStringLiteral("分析者"))) << qPrintable(english);
}
