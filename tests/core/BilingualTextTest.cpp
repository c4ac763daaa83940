// Text written in both languages in one field is shown in one: the shipped
// data's notes, rater names and indicator descriptions, and what analysts
// write the same way.

#include "model/BilingualText.h"

#include <gtest/gtest.h>

using namespace triangle;

namespace {
QString zh(const char *text) { return textInLanguage(QString::fromUtf8(text), Language::Chinese); }
QString en(const char *text) { return textInLanguage(QString::fromUtf8(text), Language::English); }
} // namespace

TEST(BilingualTextTest, ChineseThenEnglishInParentheses)
{
    const char *note = "分析者依据张帆文章叙述的解读，非实测数据 (an analyst's reading of the article's narrative, not measured data)";
    EXPECT_EQ(zh(note), QStringLiteral("分析者依据张帆文章叙述的解读，非实测数据"));
    EXPECT_EQ(en(note), QStringLiteral("an analyst's reading of the article's narrative, not measured data"));
    // Full-width parentheses inside the Chinese, and nested ones in the English, stay.
    const char *nested = "改革限于省级（文章未记载）。 (Provincial level only (anchor 3); same for all three.)";
    EXPECT_EQ(zh(nested), QStringLiteral("改革限于省级（文章未记载）。"));
    EXPECT_EQ(en(nested), QStringLiteral("Provincial level only (anchor 3); same for all three."));
}

TEST(BilingualTextTest, ChineseSlashEnglish)
{
    const char *name = "分析者（文章解读）/ Analyst (reading of the article)";
    EXPECT_EQ(zh(name), QStringLiteral("分析者（文章解读）"));
    EXPECT_EQ(en(name), QStringLiteral("Analyst (reading of the article)"));
    const char *spaced = "分析者（文章解读） / Analyst (reading of the article)";
    EXPECT_EQ(zh(spaced), QStringLiteral("分析者（文章解读）"));
    EXPECT_EQ(en(spaced), QStringLiteral("Analyst (reading of the article)"));
    EXPECT_EQ(en("浙江 / Zhejiang"), QStringLiteral("Zhejiang"));
}

TEST(BilingualTextTest, OneLanguagesTextIsLeftWhole)
{
    for (const char *text : {"浙江省机关事务管理办法 (2015)", "使用Excel (WPS)", "An English note (with an aside)", "纯中文说明",
                             "Mission / Political", "2016/ 2020", "", "数字化 (digital) 改革"}) {
        EXPECT_EQ(zh(text), QString::fromUtf8(text)) << text;
        EXPECT_EQ(en(text), QString::fromUtf8(text)) << text;
    }
}

// The English may quote the Chinese term it translates in parentheses, as
// the shipped indicators' definitions do ("technology suspension (技术悬浮)").
TEST(BilingualTextTest, EnglishQuotingChineseTermsIsStillEnglish)
{
    const QString text = QStringLiteral("文章提醒，既要避免资源浪费，也要避免技术悬浮。(The article warns against waste and the "
                                        "technology suspension (技术悬浮) of over-pursuing new technology (过度追求新兴技术).)");
    EXPECT_EQ(textInLanguage(text, Language::Chinese), QStringLiteral("文章提醒，既要避免资源浪费，也要避免技术悬浮。"));
    EXPECT_EQ(textInLanguage(text, Language::English),
              QStringLiteral("The article warns against waste and the technology suspension (技术悬浮) of over-pursuing new "
                             "technology (过度追求新兴技术)."));
    // Chinese outside the parentheses: one language's text after all.
    const QString mixed = QStringLiteral("中文。(English with 中文 in it.)");
    EXPECT_EQ(textInLanguage(mixed, Language::English), mixed);
}
