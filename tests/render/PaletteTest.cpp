#include "render/Palette.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace triangle;

TEST(PaletteTest, SeriesColoursAreOkabeItoInOrderAndWrap)
{
    EXPECT_EQ(seriesColor(0), QColor(0xE69F00));
    EXPECT_EQ(seriesColor(1), QColor(0x56B4E9));
    EXPECT_EQ(seriesColor(2), QColor(0x009E73));
    EXPECT_EQ(seriesColor(7), QColor(Qt::black));
    QSet<QRgb> distinct;
    for (int i = 0; i < SeriesColorCount; ++i)
        distinct.insert(seriesColor(i).rgb());
    EXPECT_EQ(distinct.size(), SeriesColorCount);
    EXPECT_EQ(seriesColor(SeriesColorCount), seriesColor(0));
    EXPECT_EQ(seriesColor(-1), seriesColor(SeriesColorCount - 1));
}

TEST(PaletteTest, EachStageHasItsOwnLineStyleAndMarker)
{
    QSet<int> styles, markers;
    for (int i = 0; i < StageLineStyleCount; ++i)
        styles.insert(stageLineStyle(i));
    for (int i = 0; i < StageMarkerCount; ++i)
        markers.insert(int(stageMarker(i)));
    EXPECT_EQ(styles.size(), StageLineStyleCount);
    EXPECT_EQ(markers.size(), StageMarkerCount);
    EXPECT_FALSE(styles.contains(Qt::NoPen));
    EXPECT_EQ(stageLineStyle(0), Qt::SolidLine);
    EXPECT_EQ(stageLineStyle(StageLineStyleCount), stageLineStyle(0));
    EXPECT_EQ(stageMarker(StageMarkerCount + 1), stageMarker(1));
}

TEST(PaletteTest, DimensionColoursDiffer)
{
    QSet<QRgb> colours;
    for (Dimension d : AllDimensions)
        colours.insert(dimensionColor(d).rgb());
    EXPECT_EQ(colours.size(), DimensionCount);
}
