#include "WindowFixture.h"

#include "pipeline/PipelineService.h"

#include <QAction>
#include <QApplication>
#include <QTimer>
#include <QTest>

namespace jobdeck {

WindowFixture::WindowFixture() : WindowFixture(Seed()) {}

WindowFixture::WindowFixture(const Seed& seed)
{
    if (seed)
        seed(test.db(), clock);
    session = std::make_unique<Session>(test.db(), clock);
    window = std::make_unique<MainWindow>(*session, settings);
}

WindowFixture::~WindowFixture() = default;

qint64 WindowFixture::add(const QString& company, const QString& title, const QString& notes, Stage initial)
{
    ApplicationDraft draft;
    draft.company = company;
    draft.title = title;
    draft.notes = notes;
    const Result<qint64> id = session->pipeline().create(draft, initial);
    if (!id)
        return 0;
    session->setCurrentApplicationId(*id);
    return *id;
}

QString WindowFixture::actionText(const char* objectName) const
{
    const auto* action = window->findChild<QAction*>(QLatin1String(objectName));
    return action ? action->text() : QString();
}

void handleNextModal(const std::function<bool(QWidget* modal)>& handle)
{
    auto* timer = new QTimer(qApp);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, handle] {
        if (QWidget* modal = QApplication::activeModalWidget(); modal && handle(modal))
            timer->deleteLater();
    });
    timer->start(20);
}

bool ControllerFixture::switchThroughWindow(const QString& path)
{
    emit controller.window()->openDatabaseRequested(path);
    return QTest::qWaitFor([&] { return controller.session()->database().path() == path; }, 5000);
}

} // namespace jobdeck
