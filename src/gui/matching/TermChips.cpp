#include "matching/TermChips.h"

#include "FlowLayout.h"

#include <QLabel>

namespace jobdeck {

TermChips::TermChips(QColor color, QWidget* parent) : QWidget(parent), m_color(color), m_flow(new FlowLayout(this, 4))
{
}

void TermChips::setTerms(QList<TermWeight> terms)
{
    while (QLayoutItem* item = m_flow->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    // Hard skills lead; within each group the order given (by weight) stays.
    std::stable_sort(terms.begin(), terms.end(),
                     [](const TermWeight& a, const TermWeight& b) { return a.isHardSkill && !b.isHardSkill; });
    m_terms.clear();
    for (const TermWeight& term : std::as_const(terms)) {
        auto* chip = new QLabel(term.term, this);
        const QColor fill = term.isHardSkill ? m_color : m_color.lighter(160);
        const QColor text = term.isHardSkill ? QColor(Qt::white) : QColor(0x20, 0x20, 0x20);
        chip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: 9px; "
                                           "padding: 2px 8px; %3 }")
                                .arg(fill.name(), text.name(),
                                     term.isHardSkill ? QStringLiteral("font-weight: bold;") : QString()));
        const QString kind = term.isHardSkill ? tr("hard skill") : term.isSkill ? tr("soft skill") : tr("term");
        chip->setToolTip(tr("%1, weight %2").arg(kind).arg(term.weight, 0, 'f', 3));
        m_flow->addWidget(chip);
        m_terms.append(term.term);
    }
    updateGeometry();
}

} // namespace jobdeck
