#include "LibreOfficeConversion.h"

#include "data/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::LibreOfficeConversion)
};
constexpr int TimeoutMs = 180000; // a first start of LibreOffice sets up its profile
} // namespace

QString libreOfficeProgram()
{
    for (const QString &name : {QStringLiteral("soffice"), QStringLiteral("libreoffice")}) {
        const QString found = QStandardPaths::findExecutable(name);
        if (!found.isEmpty())
            return found;
    }
    return {};
}

QString convertWithLibreOffice(const QString &input, const QString &format, const QString &output,
                               const std::function<bool()> &cancelled)
{
    const QString program = libreOfficeProgram();
    if (program.isEmpty())
        return Tr::tr("Writing %1 needs LibreOffice, which is not installed; write an OpenDocument text (.odt) instead, "
                      "which Word and WPS open.")
            .arg(QDir::toNativeSeparators(output));
    QTemporaryDir staging;
    if (!staging.isValid())
        return Tr::tr("No temporary folder for the conversion: %1").arg(staging.errorString());
    QProcess convert;
    // A profile of its own: a LibreOffice the user has open is neither asked nor disturbed.
    convert.start(program, {QStringLiteral("-env:UserInstallation=") + QUrl::fromLocalFile(staging.filePath(QStringLiteral("profile"))).toString(),
                            QStringLiteral("--headless"), QStringLiteral("--convert-to"), format, QStringLiteral("--outdir"),
                            staging.path(), input});
    QElapsedTimer waited;
    waited.start();
    while (!convert.waitForFinished(100) && convert.state() != QProcess::NotRunning) {
        const bool stop = cancelled && cancelled();
        if (stop || waited.hasExpired(TimeoutMs)) {
            convert.kill();
            convert.waitForFinished();
            return stop ? Tr::tr("The conversion was cancelled; %1 was not written.").arg(QDir::toNativeSeparators(output))
                        : Tr::tr("LibreOffice did not convert %1 in time.").arg(QDir::toNativeSeparators(input));
        }
    }
    QFile converted(staging.filePath(QFileInfo(input).completeBaseName() + QLatin1Char('.') + format));
    if (convert.exitCode() != 0 || !converted.open(QIODevice::ReadOnly))
        return Tr::tr("LibreOffice could not convert the report: %1")
            .arg(QString::fromLocal8Bit(convert.readAllStandardError()).trimmed());
    return writeOutputFile(output, converted.readAll());
}

} // namespace triangle
