#pragma once

#include "SeriesInfo.h"
#include "render/TriangleFigure.h"

#include <QCoreApplication>

class QPalette;

namespace triangle {

// The tooltip of a vertex: whose score it is, the score, the analyst's
// reasons (cut to about 300 characters), the raters' range where several
// raters derived it, and how much evidence backs it.
class VertexToolTip
{
    Q_DECLARE_TR_FUNCTIONS(triangle::VertexToolTip)

public:
    static constexpr qsizetype RationaleChars = 300;

    // "raters 7.0–8.0": the range of the raters' scores, beside a score.
    static QString raterRange(const ScoreBand &band);

    // Rich text; `info` may be null for a series nothing is known about.
    static QString text(const TriangleSeries &series, const SeriesInfo *info, Dimension d, bool editable,
                        const QPalette &palette);
};

} // namespace triangle
