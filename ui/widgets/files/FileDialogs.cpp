#include "FileDialogs.h"

#include <QFileIconProvider>
#include <QMimeDatabase>

namespace triangle::FileDialogs {

namespace {
// Icons and type names from the file's name only: never opens a file.
class NameOnlyIconProvider : public QFileIconProvider
{
public:
    QIcon icon(IconType type) const override { return QFileIconProvider::icon(type); }
    QIcon icon(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::icon(Folder);
        return QIcon::fromTheme(mimeType(info).iconName(), QFileIconProvider::icon(File));
    }
    QString type(const QFileInfo &info) const override
    {
        if (info.isDir())
            return QFileIconProvider::type(info); // "Folder", without looking inside
        return mimeType(info).comment();
    }

private:
    QMimeType mimeType(const QFileInfo &info) const { return m_mimeTypes.mimeTypeForFile(info, QMimeDatabase::MatchExtension); }

    QMimeDatabase m_mimeTypes;
};

NameOnlyIconProvider &nameOnlyIcons()
{
    static NameOnlyIconProvider provider;
    return provider;
}

QString run(QFileDialog &dialog, QString *selectedFilter)
{
    makeContentBlind(dialog);
    if (selectedFilter && !selectedFilter->isEmpty())
        dialog.selectNameFilter(*selectedFilter);
    if (dialog.exec() != QDialog::Accepted)
        return {};
    if (selectedFilter)
        *selectedFilter = dialog.selectedNameFilter();
    return dialog.selectedFiles().value(0);
}
} // namespace

void makeContentBlind(QFileDialog &dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog);
    dialog.setIconProvider(&nameOnlyIcons());
}

QString openFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter)
{
    QFileDialog dialog(parent, caption, start, filter);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog, nullptr);
}

QString saveFileName(QWidget *parent, const QString &caption, const QString &start, const QString &filter,
                     QString *selectedFilter, QFileDialog::Options options)
{
    QFileDialog dialog(parent, caption, start, filter);
    dialog.setOptions(options);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    return run(dialog, selectedFilter);
}

} // namespace triangle::FileDialogs
