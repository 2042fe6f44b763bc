#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace jobdeck {

// Picks the language the app speaks: the Settings override ("de", "fr", "en") or else the system's, and
// installs Jobdeck's translation (:/i18n/jobdeck_<lang>.qm) over Qt's own (qtbase_<lang>.qm, for standard
// buttons and dialogs). Call it before any window exists; calling it again replaces what it installed.
// Returns whether Jobdeck has a translation for that language; for one it has none for, it speaks English,
// with English's plural forms.
bool installTranslations(QCoreApplication& app, const QString& languageOverride);

// The locale the translations follow: the override when it names a language, otherwise the system's.
QLocale translationLocale(const QString& languageOverride);

} // namespace jobdeck
