#include "DatabaseFileFilter.h"

#include "data/DefaultDatabase.h"

#include <QCoreApplication>

namespace triangle {

QString databaseFileFilter()
{
    return QCoreApplication::translate("triangle::DatabaseFileFilter", "Triangle Studio databases (*.%1);;All files (*)")
        .arg(QLatin1StringView(DatabaseSuffix));
}

} // namespace triangle
