// Fuzzes the matcher's analyzers (default and scikit-learn compatible) on arbitrary text.
#include "matching/Analyzer.h"

#include <QCoreApplication>

#include <cstdlib>

using namespace jobdeck;

namespace {
QCoreApplication* g_app = nullptr;
}

extern "C" int LLVMFuzzerInitialize(int* argc, char*** argv)
{
    g_app = new QCoreApplication(*argc, *argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), qsizetype(size));
    for (const QString& name : Analyzer::names()) {
        const std::shared_ptr<const Analyzer> analyzer = Analyzer::create(name);
        if (!analyzer)
            std::abort();
        const QStringList terms = analyzer->terms(text);
        for (const QString& term : terms) {
            if (term.isEmpty())
                std::abort();
        }
    }
    return 0;
}
