#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace jobdeck {
namespace {

// Marks the translators installed here, so that a second call swaps languages instead of stacking them.
constexpr const char* kInstalledHere = "jobdeckTranslator";

void removeInstalled(QCoreApplication& app)
{
    const QList<QTranslator*> translators = app.findChildren<QTranslator*>(QString(), Qt::FindDirectChildrenOnly);
    for (QTranslator* translator : translators) {
        if (translator->property(kInstalledHere).toBool()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }
}

bool install(QCoreApplication& app, const QLocale& locale, const QString& name, const QString& directory)
{
    auto* translator = new QTranslator(&app);
    translator->setProperty(kInstalledHere, true);
    if (translator->load(locale, name, QStringLiteral("_"), directory) && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

QLocale translationLocale(const QString& languageOverride)
{
    const QString name = languageOverride.trimmed();
    if (name.isEmpty())
        return QLocale::system();
    const QLocale chosen(name);
    // An override Qt does not know (a typo in the settings file) falls back to the system's language.
    return chosen.language() == QLocale::C ? QLocale::system() : chosen;
}

bool installTranslations(QCoreApplication& app, const QString& languageOverride)
{
    removeInstalled(app);
    const QLocale locale = translationLocale(languageOverride);
    // Dates and numbers follow the chosen language too, but keep the system's regional formats (de_AT, fr_CA)
    // when the override is the system's own language.
    const QLocale system = QLocale::system();
    QLocale::setDefault(locale.language() == system.language() ? system : locale);
    // Installed last, Jobdeck's translation is asked first; Qt's covers the standard buttons and dialogs.
    install(app, locale, QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    if (install(app, locale, QStringLiteral("jobdeck"), QStringLiteral(":/i18n")))
        return true;
    // A language Jobdeck has no translation for (Spanish, or the C locale of a bare session) reads English:
    // with English's plural forms, so "%n application(s)" never shows its brackets there either.
    install(app, QLocale(QLocale::English), QStringLiteral("jobdeck"), QStringLiteral(":/i18n"));
    return false;
}

} // namespace jobdeck
