#include "DefaultDatabase.h"

#include "DataImporter.h"
#include "JsonDataReader.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStandardPaths>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::DefaultDatabase)
};

const QString DefaultDataResource = QStringLiteral(":/triangle/data/default-data.json");
} // namespace

QString defaultDatabasePath()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(folder).filePath(QStringLiteral("default.") + QLatin1StringView(DatabaseSuffix));
}

Result<DataSet> defaultData()
{
    QFile file(DefaultDataResource);
    if (!file.open(QIODevice::ReadOnly))
        return StoreError{StoreError::Kind::Missing, Tr::tr("The default data is missing from this build."), {}};
    JsonDataReader::Output read = JsonDataReader::read(file.readAll(), QStringLiteral("default-data.json"));
    if (!read.problems.isEmpty())
        return StoreError{StoreError::Kind::Invalid,
                          Tr::tr("The default data of this build is invalid:\n%1").arg(describeDataProblems(read.problems)), {}};
    return read.data;
}

DataSet referenceData(const DataSet &defaults)
{
    DataSet frame;
    frame.description = defaults.description;
    frame.stages = defaults.stages;
    frame.regions = defaults.regions;
    // The article's cases are illustrative; a new study's data are the analyst's own.
    for (RegionRecord &r : frame.regions)
        r.region.basis = DataBasis::Observed;
    frame.groups = defaults.groups;
    return frame;
}

namespace {
// Fills a database this process has just created; on failure removes the file.
Result<std::unique_ptr<Store>> seed(Result<std::unique_ptr<Store>> store, const QString &path, const Result<DataSet> &data)
{
    std::optional<StoreError> failure;
    if (!data) {
        failure = data.error();
    } else {
        DataImporter::Output imported = DataImporter::import(**store, *data, ConflictPolicy::Fail);
        if (!imported.ok())
            failure = StoreError{StoreError::Kind::Invalid,
                                 Tr::tr("Filling “%1” with the default data failed:\n%2")
                                     .arg(QDir::toNativeSeparators(path), describeDataProblems(imported.problems)),
                                 {}};
    }
    if (!failure)
        return store;
    Store::removeCreatedDatabase(std::move(*store)); // with the folders made for it
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    return *failure;
}
} // namespace

Result<std::unique_ptr<Store>> createDatabase(const QString &path, const DataSet &data)
{
    if (QFile::exists(path))
        return StoreError{StoreError::Kind::Conflict,
                          Tr::tr("“%1” already exists; choose a new file name.").arg(QDir::toNativeSeparators(path)), {}};
    OpenOptions options;
    options.createIfMissing = true;
    auto store = Store::open(path, options);
    if (!store)
        return store;
    return seed(std::move(store), path, data);
}

Result<std::unique_ptr<Store>> openOrCreateSeeded(const QString &path)
{
    const bool existed = QFile::exists(path) && QFile(path).size() > 0;
    OpenOptions options;
    options.createIfMissing = true;
    auto store = Store::open(path, options);
    if (!store || !(*store)->wasCreated() || existed)
        return store;
    return seed(std::move(store), path, defaultData());
}

} // namespace triangle
