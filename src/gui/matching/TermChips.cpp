#include "matching/TermChips.h"

#include "FlowLayout.h"
#include "Theme.h"

#include <QLabel>

namespace jobdeck {

TermChips::TermChips(QColor color, QWidget* parent)
    : QWidget(parent), m_color(color), m_flow(new FlowLayout(this, theme::space::XS))
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
        // Hard skills solid, the rest a wash of the colour over the page (dark or light); the text black or
        // white, whichever reads better on the fill.
        const QColor fill =
            term.isHardSkill ? m_color : theme::blend(palette().color(QPalette::Window), m_color, 0.3);
        const QColor text = theme::textOn(fill);
        chip->setStyleSheet(QStringLiteral("QLabel { background: %1; color: %2; border-radius: %3px; "
                                           "padding: %4px %5px; %6 }")
                                .arg(fill.name(), text.name())
                                .arg(theme::space::S)
                                .arg(theme::space::Hairline)
                                .arg(theme::space::S)
                                .arg(term.isHardSkill ? QStringLiteral("font-weight: bold;") : QString()));
        const QString kind = term.isHardSkill ? tr("hard skill") : term.isSkill ? tr("soft skill") : tr("term");
        chip->setToolTip(tr("%1, weight %2").arg(kind).arg(term.weight, 0, 'f', 3));
        m_flow->addWidget(chip);
        m_terms.append(term.term);
    }
    updateGeometry();
}

} // namespace jobdeck
