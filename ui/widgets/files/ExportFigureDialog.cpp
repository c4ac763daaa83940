#include "ExportFigureDialog.h"
#include "FileDialogs.h"
#include "widgets/forms/FormRows.h"

#include "export/WebFigure.h"
#include "store/DatabaseFiles.h"

#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QVBoxLayout>

namespace triangle {

namespace {
enum Unit { Millimetres, Inches, Pixels };
const QString SettingsGroup = QStringLiteral("export");

// Points per unit; pixels depend on the resolution.
double pointsPer(int unit, int dpi)
{
    switch (unit) {
    case Inches: return 72.0;
    case Pixels: return 72.0 / dpi;
    default: return 72.0 / 25.4;
    }
}
} // namespace

ExportFigureDialog::ExportFigureDialog(FigurePaint paint, const QString &suggestedName, QWidget *parent)
    : QDialog(parent),
      m_paint(std::move(paint)),
      m_path(new QLineEdit),
      m_width(new QDoubleSpinBox),
      m_height(new QDoubleSpinBox),
      m_unit(new QComboBox),
      m_preset(new QComboBox),
      m_dpi(new QSpinBox),
      m_pixels(new QLabel),
      m_preview(new QLabel),
      m_message(new QLabel)
{
    setWindowTitle(tr("Export Figure"));
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    const QString folder = settings.value(QStringLiteral("folder"),
                                          QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)).toString();
    const QString format = settings.value(QStringLiteral("format"), QStringLiteral("png")).toString();
    m_path->setText(QDir(folder).filePath(suggestedName + QLatin1Char('.') + format));
    m_unit->addItem(tr("mm"), Millimetres);
    m_unit->addItem(tr("in"), Inches);
    m_unit->addItem(tr("px"), Pixels);
    m_unit->setCurrentIndex(m_unit->findData(settings.value(QStringLiteral("unit"), int(Millimetres)).toInt()));
    for (QDoubleSpinBox *box : {m_width, m_height}) {
        box->setRange(1, 100000);
        box->setDecimals(1);
    }
    m_width->setValue(settings.value(QStringLiteral("width"), 160.0).toDouble());
    m_height->setValue(settings.value(QStringLiteral("height"), 120.0).toDouble());
    m_dpi->setRange(MinExportDpi, MaxExportDpi);
    m_dpi->setSuffix(tr(" DPI"));
    m_dpi->setValue(settings.value(QStringLiteral("dpi"), 300).toInt());
    settings.endGroup();

    auto *browse = new QPushButton(tr("&Browse…"));
    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(browse);
    auto *sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(QStringLiteral("×")));
    sizeRow->addWidget(m_height);
    sizeRow->addWidget(m_unit);
    sizeRow->addStretch();

    // Common sizes: paper (millimetres) and screens (pixels).
    struct Preset
    {
        QString name;
        double width, height;
        int unit;
    };
    const QList<Preset> presets = {
        {tr("Report figure, 160 × 120 mm"), 160, 120, Millimetres},
        {tr("A4 portrait, 210 × 297 mm"), 210, 297, Millimetres},
        {tr("A4 landscape, 297 × 210 mm"), 297, 210, Millimetres},
        {tr("A5 landscape, 210 × 148 mm"), 210, 148, Millimetres},
        {tr("US Letter landscape, 11 × 8.5 in"), 11, 8.5, Inches},
        {tr("Slide, 1920 × 1080 px"), 1920, 1080, Pixels},
        {tr("Web, 1200 × 900 px"), 1200, 900, Pixels},
    };
    m_preset->addItem(tr("Custom size"));
    for (const Preset &p : presets)
        m_preset->addItem(p.name);
    connect(m_preset, &QComboBox::activated, this, [this, presets](int index) {
        if (index < 1)
            return;
        const Preset &p = presets[index - 1];
        m_unit->setCurrentIndex(m_unit->findData(p.unit));
        m_width->setValue(p.width);
        m_height->setValue(p.height);
    });

    auto *form = new QFormLayout;
    addFormRow(form, tr("&File:"), pathRow, m_path);
    form->addRow(tr("&Preset:"), m_preset);
    addFormRow(form, tr("&Size:"), sizeRow, m_width);
    form->addRow(tr("&Resolution:"), m_dpi);
    form->addRow(QString(), m_pixels);
    m_preview->setMinimumSize(480, 360);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setFrameShape(QFrame::StyledPanel);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #C0392B;"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    QPushButton *copy = buttons->addButton(tr("&Copy to Clipboard"), QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ExportFigureDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(copy, &QPushButton::clicked, this, &ExportFigureDialog::copyToClipboard);
    connect(browse, &QPushButton::clicked, this, &ExportFigureDialog::browse);
    for (QDoubleSpinBox *box : {m_width, m_height})
        connect(box, &QDoubleSpinBox::valueChanged, this, &ExportFigureDialog::updatePreview);
    connect(m_dpi, &QSpinBox::valueChanged, this, &ExportFigureDialog::updatePreview);
    connect(m_unit, &QComboBox::currentIndexChanged, this, &ExportFigureDialog::updatePreview);
    connect(m_path, &QLineEdit::textChanged, this, &ExportFigureDialog::updatePreview);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    updatePreview();
}

ExportSettings ExportFigureDialog::settings() const
{
    ExportSettings s;
    const double perUnit = pointsPer(m_unit->currentData().toInt(), m_dpi->value());
    s.sizePt = QSizeF(m_width->value() * perUnit, m_height->value() * perUnit);
    s.dpi = m_dpi->value();
    s.title = QFileInfo(path()).completeBaseName();
    return s;
}

QString ExportFigureDialog::path() const
{
    return m_path->text().trimmed();
}

void ExportFigureDialog::setPath(const QString &path)
{
    m_path->setText(path);
}

void ExportFigureDialog::setWebFigures(const QList<TriangleFigure> &figures)
{
    m_webFigures = figures;
}

void ExportFigureDialog::browse()
{
    QString filters = tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)");
    if (!m_webFigures.isEmpty())
        filters += QStringLiteral(";;") + tr("Web page (*.html);;ECharts option (*.echarts.json)");
    // The filter of the kind already typed, not always the first (PNG).
    QString selected;
    const QFileInfo typed(path());
    for (const QString &filter : filters.split(QStringLiteral(";;"))) {
        for (const QString &suffix : {typed.completeSuffix(), typed.suffix()}) {
            if (selected.isEmpty() && !suffix.isEmpty() && filter.contains(QStringLiteral("*.%1)").arg(suffix.toLower())))
                selected = filter;
        }
    }
    const QString chosen = FileDialogs::saveFileName(this, tr("Export Figure"), path(), filters, &selected);
    if (!chosen.isEmpty())
        m_path->setText(chosen);
}

void ExportFigureDialog::updatePreview()
{
    const ExportSettings s = settings();
    const QSize pixels = pixelSize(s.sizePt, s.dpi);
    // Pixels matter for a PNG only; the other kinds are drawn as vectors.
    if (path().endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        m_pixels->setText(tr("%1 × %2 mm; a PNG is %3 × %4 pixels")
                              .arg(s.sizePt.width() * 25.4 / 72, 0, 'f', 0)
                              .arg(s.sizePt.height() * 25.4 / 72, 0, 'f', 0)
                              .arg(pixels.width())
                              .arg(pixels.height()));
    else
        m_pixels->setText(tr("%1 × %2 mm, drawn as vectors: sharp at any size")
                              .arg(s.sizePt.width() * 25.4 / 72, 0, 'f', 0)
                              .arg(s.sizePt.height() * 25.4 / 72, 0, 'f', 0));
    // Drawn at screen resolution, with the proportions and type sizes of the file.
    const QImage image = renderFigureImage(m_paint, s, std::max(30, int(96 * std::min(1.0, 480.0 / (s.sizePt.width() * 96 / 72)))));
    m_preview->setPixmap(QPixmap::fromImage(image).scaled(m_preview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation));
}

void ExportFigureDialog::saveSettings() const
{
    QSettings settings;
    settings.beginGroup(SettingsGroup);
    settings.setValue(QStringLiteral("folder"), QFileInfo(path()).absolutePath());
    const bool option = webFormatForPath(path()) == WebFormat::Option; // a double suffix
    settings.setValue(QStringLiteral("format"), option ? QStringLiteral("echarts.json") : QFileInfo(path()).suffix().toLower());
    settings.setValue(QStringLiteral("unit"), m_unit->currentData());
    settings.setValue(QStringLiteral("width"), m_width->value());
    settings.setValue(QStringLiteral("height"), m_height->value());
    settings.setValue(QStringLiteral("dpi"), m_dpi->value());
}

void ExportFigureDialog::accept()
{
    QString error;
    if (refersToDatabase(path(), m_database))
        error = databaseOutputRefusal(path(), m_database);
    else if (!webFormatForPath(path()))
        error = exportFigure(m_paint, settings(), path());
    else if (m_webFigures.isEmpty())
        error = tr("Only the evolution and comparison diagrams can be saved as a web page: choose .png, .svg or .pdf for this one.");
    else
        error = exportWebFigure(m_webFigures, settings(), path());
    if (!error.isEmpty()) {
        m_message->setText(error);
        return;
    }
    saveSettings();
    QDialog::accept();
}

void ExportFigureDialog::copyToClipboard()
{
    const ExportSettings s = settings();
    QGuiApplication::clipboard()->setImage(renderFigureImage(m_paint, s, s.dpi));
    m_message->setText(tr("Copied to the clipboard."));
    saveSettings();
}

} // namespace triangle
