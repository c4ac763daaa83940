#include "DataSet.h"

#include <QStringList>

namespace triangle {

QString describeDataProblems(const DataProblems &problems)
{
    QStringList lines;
    for (const DataProblem &p : problems)
        lines.append(p.location + QStringLiteral(": ") + p.message);
    return lines.join(QLatin1Char('\n'));
}

} // namespace triangle
