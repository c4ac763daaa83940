#include "render/FigureStyle.h"

#include <QFontInfo>
#include <QFontMetricsF>

#include <gtest/gtest.h>

using namespace triangle;

TEST(FigureStyleTest, PointsBecomePixelsAtTheDpi)
{
    EXPECT_DOUBLE_EQ(FigureStyle::pixels(72, 300), 300);
    EXPECT_DOUBLE_EQ(FigureStyle::pixels(12, 96), 16);
    EXPECT_DOUBLE_EQ(FigureStyle::pixels(1, 72), 1);
}

TEST(FigureStyleTest, FigureFontIsSizedInPixelsForTheDpi)
{
    EXPECT_EQ(figureFont(10, 72).pixelSize(), 10);
    EXPECT_EQ(figureFont(10, 144).pixelSize(), 20);
    EXPECT_EQ(figureFont(7.5, 96).pixelSize(), 10);
    EXPECT_EQ(figureFont(0.1, 72).pixelSize(), 1); // never zero
}

TEST(FigureStyleTest, FigureFontCoversChinese)
{
    const QFont font = figureFont(10.5, 96);
    EXPECT_TRUE(font.families().startsWith(QStringLiteral("Noto Sans CJK SC")));
    EXPECT_TRUE(QFontMetricsF(font).inFontUcs4(U'使')) << qPrintable(QFontInfo(font).family());
    EXPECT_TRUE(QFontMetricsF(font).inFontUcs4(U'运'));
}
