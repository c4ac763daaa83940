#include "EvidenceCandidates.h"

#include "model/DomainNames.h"
#include "store/Store.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QListWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace triangle {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(triangle::EvidencePanel)
};
} // namespace

QString evidenceKindName(Evidence::Kind kind)
{
    return kind == Evidence::Kind::Policy ? Tr::tr("Policy") : Tr::tr("Milestone");
}

QList<EvidenceCandidate> evidenceCandidates(const Store &store, Id regionId)
{
    QList<EvidenceCandidate> out;
    QList<Id> regions{regionId};
    if (auto national = store.regions().byCode(QStringLiteral("100000")); national && national->id != regionId)
        regions << national->id;
    for (Id region : regions) {
        RecordFilter filter;
        filter.regionId = region;
        if (auto policies = store.policies().all(filter)) {
            for (const Policy &p : *policies)
                out.append({Evidence::Kind::Policy, p.id,
                            QStringLiteral("%1  %2 · %3").arg(p.date.toString(), evidenceKindName(Evidence::Kind::Policy),
                                                             localizedName(p.titleZh, p.titleEn)),
                            p.dimensions});
        }
        if (auto milestones = store.milestones().all(filter)) {
            for (const Milestone &m : *milestones)
                out.append({Evidence::Kind::Milestone, m.id,
                            QStringLiteral("%1  %2 · %3").arg(m.date.toString(), evidenceKindName(Evidence::Kind::Milestone),
                                                             localizedName(m.titleZh, m.titleEn)),
                            m.dimensions});
        }
    }
    std::sort(out.begin(), out.end(), [](const EvidenceCandidate &a, const EvidenceCandidate &b) { return a.label < b.label; });
    return out;
}

QList<EvidenceCandidate> chooseEvidence(QWidget *parent, const QString &title, QWidget *header,
                                        const QList<EvidenceCandidate> &candidates, bool *accepted)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto *filter = new QLineEdit;
    filter->setPlaceholderText(Tr::tr("Filter"));
    filter->setClearButtonEnabled(true);
    auto *list = new QListWidget;
    list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    for (qsizetype i = 0; i < candidates.size(); ++i)
        (new QListWidgetItem(candidates[i].label, list))->setData(Qt::UserRole, int(i));
    QObject::connect(filter, &QLineEdit::textChanged, list, [list](const QString &text) {
        for (int i = 0; i < list->count(); ++i)
            list->item(i)->setHidden(!list->item(i)->text().contains(text.trimmed(), Qt::CaseInsensitive));
    });
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(list, &QListWidget::itemDoubleClicked, &dialog, &QDialog::accept);
    auto *layout = new QVBoxLayout(&dialog);
    if (header)
        layout->addWidget(header);
    layout->addWidget(filter);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(720, 480);
    const bool ok = dialog.exec() == QDialog::Accepted;
    if (accepted)
        *accepted = ok;
    QList<EvidenceCandidate> chosen;
    if (ok) {
        for (const QListWidgetItem *item : list->selectedItems())
            chosen.append(candidates[item->data(Qt::UserRole).toInt()]);
    }
    return chosen;
}

} // namespace triangle
