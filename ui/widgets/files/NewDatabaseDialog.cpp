#include "NewDatabaseDialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

namespace triangle {

NewDatabaseDialog::NewDatabaseDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("New Database"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Which regions should the new database start with? Both start with the three "
                                    "stages and no assessments.")));
    m_provinces = new QRadioButton(tr("&Provinces only: the national level and the 31 provincial-level units"));
    m_all = new QRadioButton(tr("&All levels: also the 333 prefecture-level and 2,850 county-level units"));
    m_provinces->setChecked(true);
    auto *allNote = new QLabel(tr("Codes and Chinese names of the National Bureau of Statistics (2023); the English "
                                  "names are generated from pinyin, not official. Levels can also be added later "
                                  "with “triangle-studio regions add-levels”."));
    allNote->setWordWrap(true);
    allNote->setIndent(24);
    layout->addWidget(m_provinces);
    layout->addWidget(m_all);
    layout->addWidget(allNote);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Choose File…"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

bool NewDatabaseDialog::allLevels() const
{
    return m_all->isChecked();
}

} // namespace triangle
